import { detectionJson } from '@/lib/api/detection-json';
import { methodNotAllowed, notFound, publicAnswer } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { getApiDetection } from '@/lib/queries/api-detection';
import { slugParam } from '@/lib/routes/params';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

type Ctx = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Ctx) {
  const slug = slugParam((await params).slug);
  const detection = slug ? await getApiDetection(getDb(), slug) : null;
  if (!detection) return notFound('such detection');
  return publicAnswer(request, detectionJson(detection));
}
