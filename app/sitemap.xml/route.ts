import { getDb } from '@/lib/db/client';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';
import { publicBaseFor } from '@/lib/public-url';
import { sitemapRoot, xmlResponse } from '@/lib/sitemap/serve';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

/** Every public detection, SIEM, technique and catalog page; an index of files past 50,000 URLs. */
export async function GET(request: Request) {
  return xmlResponse(await sitemapRoot(getDb(), publicBaseFor(request)));
}
