import { createHash } from 'node:crypto';

/** A strong ETag for bytes we send: their SHA-256, so it changes exactly when they do. */
export function bodyEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match names `etag` (weakly compared, as RFC 9110 asks for GET), or is `*`. */
export function noneMatchHolds(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag.replace(/^W\//, '');
  });
}
