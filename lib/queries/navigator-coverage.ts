import type { Db } from '../db/client';
import type { Prisma } from '../generated/sqlite/client';
import type { SearchQuery } from '../search/params';
import { currentProvider } from '../search/text-contains';
import { detectionWhere } from '../search/where';

const TACTICS = { tactics: { select: { tactic: { select: { shortname: true, order: true } } } } } as const;
const COVERAGE = {
  techniqueId: true,
  detection: { select: { slug: true, title: true } },
  technique: {
    select: { name: true, parentId: true, ...TACTICS, parent: { select: { id: true, name: true, ...TACTICS } } },
  },
} satisfies Prisma.DetectionTechniqueSelect;

export type CoverageRow = Prisma.DetectionTechniqueGetPayload<{ select: typeof COVERAGE }>;

/**
 * Every (detection, technique) mapping of the published detections matching the search filters, with what a
 * Navigator layer needs of the technique (its tactics, its parent), and the ATT&CK version of the catalog.
 * One row per mapping: a few thousand for the whole catalog, small next to the detections themselves.
 */
export async function getNavigatorCoverage(db: Db, query: SearchQuery) {
  const [rows, version] = await Promise.all([
    db.detectionTechnique.findMany({
      where: { detection: detectionWhere(currentProvider(), query) },
      select: COVERAGE,
      orderBy: [{ techniqueId: 'asc' }, { detection: { title: 'asc' } }, { detection: { slug: 'asc' } }],
    }),
    db.meta.findUnique({ where: { key: 'attack.version' }, select: { value: true } }),
  ]);
  return { rows, attackVersion: version?.value ?? null };
}

export type NavigatorCoverage = Awaited<ReturnType<typeof getNavigatorCoverage>>;
