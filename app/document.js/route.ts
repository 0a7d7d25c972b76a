import { DOCUMENT_SCRIPT } from '@/lib/documents/document-script';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';

export const dynamic = 'force-static';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

/** The script every page loads, asked for by version (urls.documentScript), so kept by browsers for good. */
export function GET() {
  return new Response(DOCUMENT_SCRIPT, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
}
