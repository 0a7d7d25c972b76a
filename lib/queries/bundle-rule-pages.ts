import type { Db } from '../db/client';
import type { Prisma } from '../generated/sqlite/client';
import { matchingDetectionPages } from '../search/matching';
import type { SearchQuery } from '../search/params';

const BUNDLE_RULE = {
  slug: true,
  title: true,
  severity: true,
  sigmaId: true,
  sigmaYaml: true,
  updatedAt: true,
  rules: { select: { id: true }, orderBy: { order: 'asc' } },
  techniques: { select: { techniqueId: true }, orderBy: { techniqueId: 'asc' } },
} satisfies Prisma.DetectionSelect;

export type BundleRule = Prisma.DetectionGetPayload<{ select: typeof BUNDLE_RULE }>;

export const BUNDLE_PAGE_SIZE = 200;

/**
 * Every published detection matching the search filters, with its rule file, a page at a time in slug order.
 * Keyset paging (slug after the last one seen) costs the same for the last page as for the first, and a page is
 * read only when the one before has been used: a bundle of the whole catalog never holds the whole catalog.
 */
export async function* bundleRulePages(
  db: Db,
  query: SearchQuery,
  { pageSize = BUNDLE_PAGE_SIZE }: { pageSize?: number } = {},
): AsyncGenerator<BundleRule[]> {
  for await (const matched of matchingDetectionPages(db, query, { pageSize })) {
    yield await db.detection.findMany({
      where: { id: { in: matched.map((m) => m.id) } },
      select: BUNDLE_RULE,
      orderBy: { slug: 'asc' },
    });
  }
}
