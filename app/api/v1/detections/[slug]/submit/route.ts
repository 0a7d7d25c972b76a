import { methodNotAllowed } from '@/lib/api/respond';
import { handleWrite, noSuchDetection, slugParam } from '@/lib/api/write/handle';
import { privateJson } from '@/lib/api/write/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { submitForReview } from '@/lib/workflow';

export const dynamic = 'force-dynamic';
export const { OPTIONS, GET, PUT, PATCH, DELETE } = otherMethods(['POST', 'OPTIONS'], methodNotAllowed);
type Ctx = { params: Promise<{ slug: string }> };

/** The newest revision waits for a reviewer who did not write it. */
export async function POST(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  if (!slug) return noSuchDetection();
  return handleWrite(getDb(), request, async ({ db, actor }) =>
    privateJson({ slug, state: 'submitted', ...(await submitForReview(db, actor, slug)) }),
  );
}
