export interface StoredRule {
  /** The download's name without `.yml`: the detection's slug, or the rule's id. */
  fileName: string;
  yaml: string;
  sha256: string;
  updatedAt: Date;
}

/** The headers of a rule download; the ETag is the content hash, so it changes exactly when the bytes do. */
export function ruleHeaders(rule: StoredRule, bytes: number): Headers {
  return new Headers({
    'content-type': 'application/yaml; charset=utf-8',
    'content-disposition': `attachment; filename="${rule.fileName}.yml"`,
    'content-length': String(bytes),
    etag: `"${rule.sha256}"`,
    'last-modified': rule.updatedAt.toUTCString(),
    'cache-control': 'public, max-age=0, must-revalidate',
    'x-content-type-options': 'nosniff',
  });
}

export function etagMatches(ifNoneMatch: string | null, sha: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === `"${sha}"`;
  });
}
