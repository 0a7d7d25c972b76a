import { BUNDLE_FILE_NAME } from './rules-bundle';

/**
 * A bundle is public like the API's answers (any origin, a minute in shared caches). Its length is not known
 * before the last rule is read, so it has none: the body is chunked.
 */
export function bundleHeaders(): Headers {
  return new Headers({
    'content-type': 'application/zip',
    'content-disposition': `attachment; filename="${BUNDLE_FILE_NAME}"`,
    'access-control-allow-origin': '*',
    'cache-control': 'public, max-age=60',
    'x-content-type-options': 'nosniff',
  });
}

/** A bad filter, named, in plain text: the bundle is a download, not an API answer. */
export function badBundleRequest(field: string, reason: string): Response {
  return new Response(`${field} ${reason}\n`, {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=60' },
  });
}
