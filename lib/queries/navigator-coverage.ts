import type { Db } from '../db/client';
import type { Prisma } from '../generated/sqlite/client';
import { matchingDetectionPages } from '../search/matching';
import type { SearchQuery } from '../search/params';

const TACTICS = { tactics: { select: { tactic: { select: { shortname: true, order: true } } } } } as const;
const COVERAGE = {
  techniqueId: true,
  detection: { select: { slug: true, title: true } },
  technique: {
    select: { name: true, parentId: true, ...TACTICS, parent: { select: { id: true, name: true, ...TACTICS } } },
  },
} satisfies Prisma.DetectionTechniqueSelect;

export type CoverageRow = Prisma.DetectionTechniqueGetPayload<{ select: typeof COVERAGE }>;

// Detections whose mappings are read per statement: far below either database's limit on parameters.
const PAGE = 500;

const byCoverageOrder = (a: CoverageRow, b: CoverageRow) =>
  compare(a.techniqueId, b.techniqueId) ||
  compare(a.detection.title, b.detection.title) ||
  compare(a.detection.slug, b.detection.slug);
// Code-unit order, the same on both databases (PostgreSQL's collation would otherwise decide).
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every (detection, technique) mapping of the published detections matching the search filters, with what a
 * Navigator layer needs of the technique (its tactics, its parent), and the ATT&CK version of the catalog.
 * One row per mapping: a few thousand for the whole catalog, small next to the detections themselves.
 */
export async function getNavigatorCoverage(db: Db, query: SearchQuery) {
  const rowsOf = async () => {
    const rows: CoverageRow[] = [];
    for await (const matched of matchingDetectionPages(db, query, { pageSize: PAGE })) {
      rows.push(
        ...(await db.detectionTechnique.findMany({
          where: { detectionId: { in: matched.map((m) => m.id) } },
          select: COVERAGE,
        })),
      );
    }
    return rows.sort(byCoverageOrder);
  };
  const [rows, version] = await Promise.all([
    rowsOf(),
    db.meta.findUnique({ where: { key: 'attack.version' }, select: { value: true } }),
  ]);
  return { rows, attackVersion: version?.value ?? null };
}

export type NavigatorCoverage = Awaited<ReturnType<typeof getNavigatorCoverage>>;
