import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { filterSql } from './index/filters';
import { providerOf } from './index/provider';
import { queryTerms, type Term } from './index/terms';
import { NO_TEXT, textMatch } from './index/text-match';
import type { SearchQuery } from './params';
import { makeSnippet, type SnippetPart } from './snippet';

const CARD = {
  id: true,
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

export type SearchHit = Prisma.DetectionGetPayload<{ select: typeof CARD }> & {
  /** Where the words were found, marked; null without words, or when only the title holds them. */
  snippet: SnippetPart[] | null;
};
export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: SearchHit[];
}

// The last word of a query is matched as a prefix, so the answers while typing and after pressing Search agree.
const PREFIX = { prefix: true };

/** The text search of a query on db's database, or every detection when q holds no words. */
export function searchText(db: Db, q: string) {
  const terms = queryTerms(q);
  return { terms, match: terms.length ? textMatch(providerOf(db), terms, PREFIX) : NO_TEXT };
}

/**
 * One page of published detections matching a query: ranked by relevance (every word in the title first), by title
 * when there are no words; slug breaks ties, so pages never overlap or skip a row.
 */
export async function searchDetections(
  db: Db,
  query: SearchQuery,
  { pageSize }: { pageSize: number },
): Promise<SearchResult> {
  const { terms, match: m } = searchText(db, query.q);
  const skip = (query.page - 1) * pageSize;
  // Filters alone: the page walks the title order and stops at its last row, and the count joins the filters its own
  // way (a hash join); one statement doing both makes each database probe every published detection in title order.
  const counted = terms.length ? Prisma.sql`count(*) OVER ()` : Prisma.sql`NULL`;
  const [rows, filtersTotal] = await Promise.all([
    db.$queryRaw<Array<{ id: string; key: unknown; total: bigint | number | null }>>(
      m.page?.(filterSql(query), skip, pageSize) ??
        Prisma.sql`
      ${m.with}
      SELECT d."id" AS id, ${m.key} AS key, ${counted} AS total
      FROM ${m.from} ${m.ranking}
      WHERE ${m.where} AND ${filterSql(query)}
      ORDER BY ${m.order}
      LIMIT ${pageSize} OFFSET ${skip}`,
    ),
    terms.length ? null : countMatches(db, query),
  ]);
  const total = filtersTotal ?? (rows.length ? Number(rows[0]?.total) : skip ? await countMatches(db, query) : 0);
  if (!rows.length) return { total, page: query.page, pageSize, items: [] };
  const [cards, snippets] = await Promise.all([
    db.detection.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: CARD }),
    terms.length ? snippetsOf(db, rows, terms) : new Map<string, SnippetPart[] | null>(),
  ]);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const items = rows.flatMap((r) => {
    const card = byId.get(r.id);
    return card ? [{ ...card, snippet: snippets.get(r.id) ?? null }] : [];
  });
  return { total, page: query.page, pageSize, items };
}

async function countMatches(db: Db, query: SearchQuery): Promise<number> {
  const m = searchText(db, query.q).match;
  const [row] = await db.$queryRaw<Array<{ n: bigint | number }>>`
    ${m.with} SELECT count(*) AS n FROM ${m.from} WHERE ${m.where} AND ${filterSql(query)}`;
  return Number(row?.n ?? 0);
}

/** Passages of the index's prose, identifiers and code (the card shows the title) for the rows of a page. */
async function snippetsOf(
  db: Db,
  rows: ReadonlyArray<{ id: string; key: unknown }>,
  terms: readonly Term[],
): Promise<Map<string, SnippetPart[] | null>> {
  const sqlite = providerOf(db) === 'sqlite';
  // FTS5 finds a row fast by its rowid only; PostgreSQL's index table is keyed by the detection.
  const key = Prisma.raw(sqlite ? 'rowid' : '"detectionId"');
  const texts = await db.$queryRaw<Array<{ key: unknown; ids: string; prose: string; code: string }>>`
    SELECT ${key} AS key, "ids", "prose", "code" FROM "DetectionSearch"
    WHERE ${key} IN (${Prisma.join(rows.map((r) => r.key as string | number | bigint))})`;
  const idOf = new Map(rows.map((r) => [String(r.key), r.id]));
  return new Map(
    texts.map((t) => [idOf.get(String(t.key)) ?? '', makeSnippet([t.prose, t.ids, t.code], terms, PREFIX)]),
  );
}
