import { SHARED_PUBLIC } from '../http/cache-control';
import { noneMatchHolds } from '../http/etag';

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
    'cache-control': SHARED_PUBLIC,
    'x-content-type-options': 'nosniff',
  });
}

export function etagMatches(ifNoneMatch: string | null, sha: string): boolean {
  return noneMatchHolds(ifNoneMatch, `"${sha}"`);
}
