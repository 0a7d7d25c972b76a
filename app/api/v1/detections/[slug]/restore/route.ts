import { methodNotAllowed } from '@/lib/api/respond';
import { savedJson } from '@/lib/api/write/document-json';
import { handleWrite, noSuchDetection, slugParam } from '@/lib/api/write/handle';
import { privateJson, writeError } from '@/lib/api/write/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { restoreRevision } from '@/lib/workflow';

export const dynamic = 'force-dynamic';
export const { OPTIONS, GET, PUT, PATCH, DELETE } = otherMethods(['POST', 'OPTIONS'], methodNotAllowed);
type Ctx = { params: Promise<{ slug: string }> };

/** `?revision=N`: a new revision holding revision N's document. */
export async function POST(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  if (!slug) return noSuchDetection();
  const raw = new URL(request.url).searchParams.get('revision') ?? '';
  if (!/^[1-9]\d{0,8}$/.test(raw))
    return writeError(400, 'bad_request', 'revision must be a revision number (1, 2, ...)');
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    const saved = await restoreRevision(db, actor, slug, Number(raw));
    return privateJson(savedJson(saved), 200, { etag: saved.etag });
  });
}
