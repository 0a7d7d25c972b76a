import { methodNotAllowed } from '@/lib/api/respond';
import { handleWrite, noSuchDetection, slugParam } from '@/lib/api/write/handle';
import { privateJson } from '@/lib/api/write/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { listRevisions } from '@/lib/workflow';
import { mustEdit } from '@/lib/workflow/save';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(['GET', 'HEAD', 'OPTIONS'], methodNotAllowed);
type Ctx = { params: Promise<{ slug: string }> };

/** Every revision, newest first (editors: history holds unpublished drafts). */
export async function GET(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  if (!slug) return noSuchDetection();
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    mustEdit(actor);
    return privateJson({ slug, data: await listRevisions(db, slug) });
  });
}
