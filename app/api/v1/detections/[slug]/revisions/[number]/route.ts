import { methodNotAllowed } from '@/lib/api/respond';
import { handleWrite, noSuchDetection, slugParam } from '@/lib/api/write/handle';
import { privateJson } from '@/lib/api/write/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { getRevision } from '@/lib/workflow';
import { mustEdit } from '@/lib/workflow/save';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(['GET', 'HEAD', 'OPTIONS'], methodNotAllowed);
type Ctx = { params: Promise<{ slug: string; number: string }> };

export async function GET(request: Request, { params }: Ctx) {
  const { slug: rawSlug, number } = await params;
  const slug = slugParam(rawSlug);
  if (!slug || !/^[1-9]\d{0,8}$/.test(number)) return noSuchDetection();
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    mustEdit(actor);
    return privateJson({ slug, ...(await getRevision(db, slug, Number(number))) });
  });
}
