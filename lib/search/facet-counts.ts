// How many detections each filter value would give for the current search: every other filter applies, the
// field's own does not, so a chosen severity still shows what the other severities hold. One statement per search.
// CROSS JOIN keeps SQLite on the hits, then each one's narrow Detection index row, then its variants or techniques:
// joined the other way round it reads every hit's whole Detection row (prose, rules) by the primary key.
import { type Memo, memo } from '../cache/memo';
import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { PORTABLE_SLUG } from '../vocabulary';
import { filterSql } from './index/filters';
import { queryTerms } from './index/terms';
import { type SearchQuery, toSearchParams } from './params';
import { searchText } from './search-detections';

export type CountedField = 'tactic' | 'platform' | 'severity' | 'source';
export type FacetCounts = Record<CountedField, Record<string, number>>;

// Without words the counts walk the whole catalogue (tens of ms on 10,000 detections) yet depend only on the filters
// and the content, so they are kept per client until content changes: in this process (the process generation), or
// through a write that skips it (a content import run from a script), seen by the published rows' count and newest
// change. Counts of a text search depend on the words too and are left to the search page's own cache.
const filterOnly = new WeakMap<Db, Memo<FacetCounts>>();

export async function countFacets(db: Db, query: SearchQuery): Promise<FacetCounts> {
  if (queryTerms(query.q).length) return countFacetsNow(db, query);
  let kept = filterOnly.get(db);
  if (!kept) {
    kept = memo<FacetCounts>({ max: 200, ttlMs: 60_000 });
    filterOnly.set(db, kept);
  }
  const [stamp] = await db.$queryRaw<Array<{ n: bigint | number; at: unknown }>>`
    SELECT count(*) AS n, max(d."updatedAt") AS at FROM "Detection" d WHERE ${filterSql({ q: '', page: 1 })}`;
  const { page: _page, ...filters } = query;
  const key = `${toSearchParams({ ...filters, q: '', page: 1 })}@${stamp?.n}:${String(stamp?.at)}`;
  return kept(key, () => countFacetsNow(db, query));
}

async function countFacetsNow(db: Db, query: SearchQuery): Promise<FacetCounts> {
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
      CROSS JOIN "DetectionVariant" v
      WHERE ${m.where} AND v."detectionId" = d."id" AND ${filterSql(query, 'platform')} GROUP BY v."platformSlug"
    UNION ALL
    SELECT 'tactic', ta."shortname", count(DISTINCT d."id") FROM ${m.from}
      CROSS JOIN "DetectionTechnique" dt
      JOIN "TechniqueTactic" tt ON tt."techniqueId" = dt."techniqueId"
      JOIN "Tactic" ta ON ta."id" = tt."tacticId"
      WHERE ${m.where} AND dt."detectionId" = d."id" AND ${filterSql(query, 'tactic')} GROUP BY ta."shortname"`;
  const counts: FacetCounts = { tactic: {}, platform: {}, severity: {}, source: {} };
  for (const r of rows) if (Number(r.n) > 0) counts[r.field][r.value] = Number(r.n);
  return counts;
}
