import { getDb } from '@/lib/db/client';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';
import { publicBaseFor } from '@/lib/public-url';
import { sitemapPart, xmlResponse } from '@/lib/sitemap/serve';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

type Ctx = { params: Promise<{ file: string }> };

/** One file of the sitemap index (catalog.xml, detections-<n>.xml). */
export async function GET(request: Request, { params }: Ctx) {
  return xmlResponse(await sitemapPart(getDb(), publicBaseFor(request), (await params).file));
}
