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
