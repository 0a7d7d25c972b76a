// How many detections each filter value would give for the current search: every other filter applies, the
// field's own does not, so a chosen severity still shows what the other severities hold. One statement per search.
import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { PORTABLE_SLUG } from '../vocabulary';
import { filterSql } from './index/filters';
import type { SearchQuery } from './params';
import { searchText } from './search-detections';

export type CountedField = 'tactic' | 'platform' | 'severity' | 'source';
export type FacetCounts = Record<CountedField, Record<string, number>>;

export async function countFacets(db: Db, query: SearchQuery): Promise<FacetCounts> {
  const m = searchText(db, query.q).match;
  const base = (field: CountedField) => Prisma.sql`FROM ${m.from} WHERE ${m.where} AND ${filterSql(query, field)}`;
  const rows = await db.$queryRaw<Array<{ field: CountedField; value: string; n: bigint | number }>>`
    ${m.with}
    SELECT 'severity' AS field, d."severity" AS value, count(*) AS n ${base('severity')} GROUP BY d."severity"
    UNION ALL
    SELECT 'source', d."source", count(*) ${base('source')} GROUP BY d."source"
    UNION ALL
    SELECT 'platform', ${PORTABLE_SLUG}, count(*) ${base('platform')}
    UNION ALL
    SELECT 'platform', v."platformSlug", count(*) FROM ${m.from}
      JOIN "DetectionVariant" v ON v."detectionId" = d."id"
      WHERE ${m.where} AND ${filterSql(query, 'platform')} GROUP BY v."platformSlug"
    UNION ALL
    SELECT 'tactic', ta."shortname", count(DISTINCT d."id") FROM ${m.from}
      JOIN "DetectionTechnique" dt ON dt."detectionId" = d."id"
      JOIN "TechniqueTactic" tt ON tt."techniqueId" = dt."techniqueId"
      JOIN "Tactic" ta ON ta."id" = tt."tacticId"
      WHERE ${m.where} AND ${filterSql(query, 'tactic')} GROUP BY ta."shortname"`;
  const counts: FacetCounts = { tactic: {}, platform: {}, severity: {}, source: {} };
  for (const r of rows) if (Number(r.n) > 0) counts[r.field][r.value] = Number(r.n);
  return counts;
}
