import { detectionJson } from '@/lib/api/detection-json';
import { isSlug } from '@/lib/api/params';
import { notFound, ok } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { getApiDetection } from '@/lib/queries/api-detection';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ slug: string }> };

export async function GET(_request: Request, { params }: Ctx) {
  const { slug } = await params;
  const detection = isSlug(slug) ? await getApiDetection(getDb(), slug) : null;
  if (!detection) return notFound('such detection');
  return ok(detectionJson(detection));
}
