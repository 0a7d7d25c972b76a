import { revalidatePublicPages } from '@/app/_data/revalidate-public';
import { methodNotAllowed } from '@/lib/api/respond';
import { readJsonBody } from '@/lib/api/write/body';
import { handleWrite, noSuchDetection, slugParam } from '@/lib/api/write/handle';
import { privateJson, writeError } from '@/lib/api/write/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { approveAndPublish } from '@/lib/workflow';

export const dynamic = 'force-dynamic';
export const { OPTIONS, GET, PUT, PATCH, DELETE } = otherMethods(['POST', 'OPTIONS'], methodNotAllowed);
type Ctx = { params: Promise<{ slug: string }> };

/**
 * Approves the submitted revision named by If-Match, which publishes it: `{ "selfApprove": true }` for an admin's own
 * change.
 */
export async function POST(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  if (!slug) return noSuchDetection();
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    // The body is optional: a plain POST approves; `{ "selfApprove": true }` says an admin publishes their own.
    // If-Match names the revision reviewed: 428 without it, 412 when another one has been submitted since.
    const body = request.headers.get('content-type')
      ? await readJsonBody(request, 4096)
      : { ok: true as const, value: {} };
    if (!body.ok) return writeError(body.status, 'bad_request', body.message);
    const selfApprove = (body.value as { selfApprove?: unknown } | null)?.selfApprove === true;
    const ifMatch = request.headers.get('if-match');
    const approved = await approveAndPublish(db, actor, slug, { selfApprove, ifMatch });
    // The public pages show it from the next request on.
    await revalidatePublicPages(getDb());
    return privateJson({ slug, state: 'published', ...approved }, 200, { etag: approved.etag });
  });
}
