import type { Db } from '../db/client';
import { getSitemapCatalog, getSitemapDetections } from '../queries/sitemap';
import {
  catalogUrls,
  detectionUrls,
  MAX_URLS,
  planSitemap,
  sitemapFileParam,
  sitemapFiles,
  sitemapIndex,
  urlset,
} from './sitemap';

/** /sitemap.xml: every page in one file while they fit, else the index of the files. */
export async function sitemapRoot(db: Db, base: string, maxUrls = MAX_URLS): Promise<string> {
  const catalog = await getSitemapCatalog(db);
  const plan = planSitemap(catalog, maxUrls);
  if (!plan.single) return sitemapIndex(sitemapFiles(plan), base, catalog.updatedAt);
  const detections = await getSitemapDetections(db, { skip: 0, take: catalog.detections });
  return urlset([...catalogUrls(catalog), ...detections.flatMap(detectionUrls)], base);
}

/** /sitemaps/<file>.xml of the index; null for a file the index does not list. */
export async function sitemapPart(db: Db, base: string, file: string, maxUrls = MAX_URLS): Promise<string | null> {
  const catalog = await getSitemapCatalog(db);
  const plan = planSitemap(catalog, maxUrls);
  const part = plan.single ? null : sitemapFileParam(file, plan);
  if (!part) return null;
  if (part.kind === 'catalog') return urlset(catalogUrls(catalog), base);
  const detections = await getSitemapDetections(db, { skip: (part.n - 1) * plan.perFile, take: plan.perFile });
  return urlset(detections.flatMap(detectionUrls), base);
}

export function xmlResponse(xml: string | null): Response {
  if (xml === null)
    return new Response('No such sitemap.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  return new Response(xml, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
