import { revalidatePublicPages } from '@/app/_data/revalidate-public';
import { methodNotAllowed } from '@/lib/api/respond';
import { handleWrite, noSuchDetection, slugParam } from '@/lib/api/write/handle';
import { privateJson } from '@/lib/api/write/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { unpublishDetection } from '@/lib/workflow';

export const dynamic = 'force-dynamic';
export const { OPTIONS, GET, PUT, PATCH, DELETE } = otherMethods(['POST', 'OPTIONS'], methodNotAllowed);
type Ctx = { params: Promise<{ slug: string }> };

/** Takes a published detection off the public site (reviewers and admins). */
export async function POST(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  if (!slug) return noSuchDetection();
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    await unpublishDetection(db, actor, slug);
    await revalidatePublicPages(getDb());
    return privateJson({ slug, state: 'draft' });
  });
}
