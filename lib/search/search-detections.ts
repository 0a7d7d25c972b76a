import type { Db } from '../db/client';
import type { Prisma } from '../generated/sqlite/client';
import type { SearchQuery } from './params';
import { currentProvider } from './text-contains';
import { detectionWhere, titleHitWhere } from './where';

const CARD = {
  slug: true,
  title: true,
  summary: true,
  severity: true,
  confidence: true,
  source: true,
  proof: true,
  updatedAt: true,
  techniques: { select: { techniqueId: true }, orderBy: { techniqueId: 'asc' } },
  variants: { select: { platformSlug: true }, orderBy: { platform: { order: 'asc' } } },
} satisfies Prisma.DetectionSelect;

// Slug breaks title ties so that pages never overlap or skip a row.
const ORDER: Prisma.DetectionOrderByWithRelationInput[] = [{ title: 'asc' }, { slug: 'asc' }];

export type SearchHit = Prisma.DetectionGetPayload<{ select: typeof CARD }>;
export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: SearchHit[];
}

/**
 * One page of published detections matching a query, title hits first. `db` must be the client for
 * DATABASE_URL (getDb(), or a test database with DATABASE_URL pointing at it): matching depends on its provider.
 */
export async function searchDetections(
  db: Db,
  query: SearchQuery,
  { pageSize }: { pageSize: number },
): Promise<SearchResult> {
  const provider = currentProvider();
  const where = detectionWhere(provider, query);
  const titleHit = titleHitWhere(provider, query.q);
  const skip = (query.page - 1) * pageSize;
  const fetchPage = (w: Prisma.DetectionWhereInput, from: number, take: number) =>
    take > 0
      ? db.detection.findMany({ where: w, select: CARD, orderBy: ORDER, skip: from, take })
      : Promise.resolve([]);

  if (!titleHit) {
    const [total, items] = await Promise.all([db.detection.count({ where }), fetchPage(where, skip, pageSize)]);
    return { total, page: query.page, pageSize, items };
  }
  // Two ranked groups, paged as one list: the page takes what is left of the title hits, then the rest.
  const [total, hits] = await Promise.all([
    db.detection.count({ where }),
    db.detection.count({ where: { AND: [where, titleHit] } }),
  ]);
  const fromHits = Math.max(0, Math.min(pageSize, hits - skip));
  const [first, rest] = await Promise.all([
    fetchPage({ AND: [where, titleHit] }, skip, fromHits),
    fetchPage({ AND: [where, { NOT: titleHit }] }, Math.max(0, skip - hits), total > hits ? pageSize - fromHits : 0),
  ]);
  return { total, page: query.page, pageSize, items: [...first, ...rest] };
}
