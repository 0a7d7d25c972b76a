// A detection's working copy is identified by its id and head revision: any save, restore or import moves the head,
// so an ETag taken before it no longer matches.

export function sourceEtag(detectionId: string, headRevision: number): string {
  return `"${detectionId}.r${headRevision}"`;
}

/** Whether an If-Match header names this ETag (`*` matches any existing detection; weak tags never match). */
export function ifMatchHolds(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag;
  });
}
