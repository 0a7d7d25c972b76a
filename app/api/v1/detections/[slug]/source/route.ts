import { methodNotAllowed } from '@/lib/api/respond';
import { readJsonBody } from '@/lib/api/write/body';
import { documentAndMessage, savedJson, sourceJson } from '@/lib/api/write/document-json';
import { handleWrite, noSuchDetection, slugParam } from '@/lib/api/write/handle';
import { privateJson, writeError } from '@/lib/api/write/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { ifMatchHolds, readSource, saveDetection } from '@/lib/workflow';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PATCH, DELETE } = otherMethods(['GET', 'HEAD', 'OPTIONS', 'PUT'], methodNotAllowed);
type Ctx = { params: Promise<{ slug: string }> };

/** The complete editable document, with its ETag: the working copy for editors, the published one for others. */
export async function GET(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  if (!slug) return noSuchDetection();
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    const view = await readSource(db, slug, actor);
    if (ifMatchHolds(request.headers.get('if-none-match'), view.etag)) {
      return new Response(null, { status: 304, headers: { etag: view.etag, 'cache-control': 'private, no-store' } });
    }
    return privateJson(sourceJson(view), 200, { etag: view.etag });
  });
}

/** Replaces the working copy: `{ document, message? }` with `If-Match` (428 without it, 412 when stale). */
export async function PUT(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  if (!slug) return noSuchDetection();
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return writeError(body.status, 'bad_request', body.message);
    const { document, message } = documentAndMessage(body.value);
    const saved = await saveDetection(db, actor, slug, document, request.headers.get('if-match'), message);
    return privateJson(savedJson(saved), 200, { etag: saved.etag });
  });
}
