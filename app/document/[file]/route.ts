import { DOCUMENT_SCRIPT, DOCUMENT_SCRIPT_VERSION } from '@/lib/documents/document-script';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';
import { urls } from '@/lib/urls';

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

const CURRENT = urls.documentScript(DOCUMENT_SCRIPT_VERSION).split('/').pop();

/**
 * The script every page loads, by version (urls.documentScript), so browsers and proxies keep it for good. Any
 * other version is 404 and kept by nobody: during a rolling deploy an instance still on the old build must not
 * answer the new name with its old script.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  if ((await params).file !== CURRENT) {
    return new Response('No such version of the script.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return new Response(DOCUMENT_SCRIPT, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}
