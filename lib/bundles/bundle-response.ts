import { MAX_BUNDLES_AT_ONCE } from './bundle-slots';
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

/** Every bundle slot of this process is streaming (bundle-slots.ts): come back shortly. */
export function bundlesBusy(): Response {
  return new Response(`${MAX_BUNDLES_AT_ONCE} bundles are being written; try again in a few seconds.\n`, {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' },
  });
}
