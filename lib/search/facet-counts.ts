// How many detections each filter value would give for the current search: every other filter applies, the
// field's own does not, so a chosen severity still shows what the other severities hold.
import { type Memo, memo } from '../cache/memo';
import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { PORTABLE_SLUG, PUBLISHED, SEVERITIES } from '../vocabulary';
import { keyListPattern } from './index/document';
import { COUNTED_FIELDS, type CountedField, countedFiltersBut, filterParts } from './index/filters';
import { providerOf } from './index/provider';
import { readSearch } from './index/read';
import { queryTerms } from './index/terms';
import { type SearchQuery, toSearchParams } from './params';
import { matchedRows } from './search-detections';

export type { CountedField } from './index/filters';
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
    SELECT count(*) AS n, max(d."updatedAt") AS at FROM "Detection" d WHERE d."status" = ${PUBLISHED}`;
  const { page: _page, ...filters } = query;
  const key = `${toSearchParams({ ...filters, q: '', page: 1 })}@${stamp?.n}:${String(stamp?.at)}`;
  return kept(key, () => countFacetsNow(db, query));
}

interface Counted {
  field: CountedField;
  value: string;
  /** Whether a key row holds the value. */
  holds: Prisma.Sql;
}

// The counts come from one pass over the matched key rows, shaped per database: PostgreSQL groups the rows by each
// field at once (GROUPING SETS: 3 ms for a word in 4,214 of 10,003, where a column per value took 7); SQLite, which
// has no grouping sets, counts a column per value, and the sources (not known beforehand) in a second pass.
function countFacetsNow(db: Db, query: SearchQuery): Promise<FacetCounts> {
  return providerOf(db) === 'postgresql' ? groupedCounts(db, query) : pivotCounts(db, query);
}

async function groupedCounts(db: Db, query: SearchQuery): Promise<FacetCounts> {
  const m = matchedRows(db, query.q);
  const parts = filterParts(query);
  // Each field's rows pass every filter but its own: the flag is grouped on, and only its true groups are counted.
  const flags = COUNTED_FIELDS.map((f) => Prisma.sql`(${countedFiltersBut(parts, f)}) AS ${Prisma.raw(`"${f}Ok"`)}`);
  const sets = COUNTED_FIELDS.map((f) => Prisma.raw(`(x."${f}", x."${f}Ok")`));
  const [rows] = await readSearch(db, query.q, [
    Prisma.sql`
      SELECT x."tactic", x."platform", x."severity", x."source", x."tacticOk", x."platformOk", x."severityOk",
        x."sourceOk", GROUPING(x."tactic", x."platform", x."severity", x."source") AS g, count(*) AS n
      FROM (
        SELECT k."tactics" AS tactic, k."platforms" AS platform, k."severity" AS severity, k."source" AS source,
          ${Prisma.join(flags)}
        FROM ${m.from} WHERE ${Prisma.join([m.where, ...parts.always], ' AND ')}) x
      GROUP BY GROUPING SETS (${Prisma.join(sets)})`,
  ]);
  const counts: FacetCounts = { tactic: {}, platform: {}, severity: {}, source: {} };
  const add = (field: CountedField, value: string, n: number) => {
    counts[field][value] = (counts[field][value] ?? 0) + n;
  };
  for (const r of (rows ?? []) as Array<Record<string, unknown>>) {
    const n = Number(r.n);
    // GROUPING's bits name the columns a row is not grouped by (tactics the highest): the one left clear is its field.
    const field = COUNTED_FIELDS[[7, 11, 13, 14].indexOf(Number(r.g))];
    if (!field || !n || !r[`${field}Ok`]) continue;
    const value = String(r[field]);
    if (field === 'severity' || field === 'source') add(field, value, n);
    else for (const v of value.split(' ').filter(Boolean)) add(field, v, n);
    // Every detection has its portable rule.
    if (field === 'platform') add(field, PORTABLE_SLUG, n);
  }
  return counts;
}

async function pivotCounts(db: Db, query: SearchQuery): Promise<FacetCounts> {
  const m = matchedRows(db, query.q);
  const parts = filterParts(query);
  const named = await db.$queryRaw<Array<{ field: 'tactic' | 'platform'; value: string }>>`
    SELECT 'tactic' AS field, "shortname" AS value FROM "Tactic"
    UNION ALL SELECT 'platform', "slug" FROM "Platform"`;
  const counted: Counted[] = [
    ...SEVERITIES.map((v) => ({ field: 'severity' as const, value: v, holds: Prisma.sql`k."severity" = ${v}` })),
    ...named.map(({ field, value }) => ({
      field,
      value,
      holds: Prisma.sql`k.${Prisma.raw(field === 'tactic' ? '"tactics"' : '"platforms"')} LIKE ${keyListPattern(value)}`,
    })),
    // Every detection has its portable rule.
    { field: 'platform', value: PORTABLE_SLUG, holds: Prisma.sql`1 = 1` },
  ];
  const columns = counted.map(
    (c, i) =>
      Prisma.sql`count(CASE WHEN ${c.holds} AND ${countedFiltersBut(parts, c.field)} THEN 1 END) AS ${Prisma.raw(`c${i}`)}`,
  );
  const where = Prisma.join([m.where, ...parts.always], ' AND ');
  const [pivot, grouped] = await readSearch(db, query.q, [
    Prisma.sql`SELECT ${Prisma.join(columns)} FROM ${m.from} WHERE ${where}`,
    Prisma.sql`SELECT k."source" AS value, count(*) AS n FROM ${m.from}
      WHERE ${where} AND ${countedFiltersBut(parts, 'source')} GROUP BY k."source"`,
  ]);
  const row = pivot?.[0] as Record<string, bigint | number> | undefined;
  const sources = (grouped ?? []) as Array<{ value: string; n: bigint | number }>;
  const counts: FacetCounts = { tactic: {}, platform: {}, severity: {}, source: {} };
  counted.forEach((c, i) => {
    const n = Number(row?.[`c${i}`] ?? 0);
    if (n > 0) counts[c.field][c.value] = n;
  });
  for (const s of sources) if (Number(s.n) > 0) counts.source[s.value] = Number(s.n);
  return counts;
}
