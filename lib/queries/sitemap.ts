import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

/** What the sitemap lists besides detections: the platforms and the techniques that have a published detection. */
export async function getSitemapCatalog(db: Db) {
  const [platforms, techniques, detections, newest] = await Promise.all([
    db.platform.findMany({ select: { slug: true }, orderBy: { order: 'asc' } }),
    db.technique.findMany({
      where: { detections: { some: { detection: { status: PUBLISHED } } } },
      select: { id: true },
      orderBy: { id: 'asc' },
    }),
    db.detection.count({ where: { status: PUBLISHED } }),
    db.detection.findFirst({
      where: { status: PUBLISHED },
      orderBy: { updatedAt: 'desc' },
      select: { updatedAt: true },
    }),
  ]);
  return { platforms, techniques, detections, updatedAt: newest?.updatedAt ?? null };
}
export type SitemapCatalog = Awaited<ReturnType<typeof getSitemapCatalog>>;

/** One slice of the published detections, in slug order, with the platforms each has a page for. */
export function getSitemapDetections(db: Db, { skip, take }: { skip: number; take: number }) {
  return db.detection.findMany({
    where: { status: PUBLISHED },
    select: { slug: true, updatedAt: true, variants: { select: { platformSlug: true } } },
    orderBy: { slug: 'asc' },
    skip,
    take,
  });
}
export type SitemapDetection = Awaited<ReturnType<typeof getSitemapDetections>>[number];
