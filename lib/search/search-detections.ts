import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { MAX_TEXT_RESULTS } from './depth';
import { filterSql } from './index/filters';
import { providerOf } from './index/provider';
import { readMatches, readSearch } from './index/read';
import { lastIsPrefix, queryTerms, type Term } from './index/terms';
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
  /** How many of them can be paged to: all, but only the first MAX_TEXT_RESULTS of a search with words (depth.ts). */
  pageable: number;
  page: number;
  pageSize: number;
  items: SearchHit[];
}

// The last word of a query is matched as a prefix, so the answers while typing and after pressing Search agree.
const PREFIX = { prefix: true };

/** The text search of a query on db's database, or every detection when q holds no words. */
export function searchText(db: Db, q: string) {
  const terms = queryTerms(q);
  return { terms, match: terms.length ? textMatch(providerOf(db), terms, PREFIX) : null };
}

/** The key rows a query matches, as `k`: FROM and WHERE pieces for the statements around them. */
export function matchedRows(db: Db, q: string): { from: Prisma.Sql; where: Prisma.Sql } {
  return searchText(db, q).match ?? NO_TEXT;
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
  const { terms, match } = searchText(db, query.q);
  const skip = (query.page - 1) * pageSize;
  type PageRow = { id: string; key: unknown; total: bigint | number | null };
  let rows: PageRow[];
  let total: number;
  let pageable: number;
  if (match) {
    // No page reaches past MAX_TEXT_RESULTS: one that would is cut short, and one past it ranks nothing, only counts.
    const take = Math.min(pageSize, MAX_TEXT_RESULTS - skip);
    rows =
      take > 0
        ? (((await readMatches(db, true, [match.page(filterSql(query), skip, take)]))[0] ?? []) as PageRow[])
        : [];
    total = rows.length ? Number(rows[0]?.total) : skip ? await countMatches(db, query) : 0;
    pageable = Math.min(total, MAX_TEXT_RESULTS);
  } else {
    // Filters alone: the page walks the title order and stops at its last row, and the count is its own statement;
    // one statement doing both makes each database probe every published detection in title order.
    const [page, count] = await readMatches(db, false, [
      Prisma.sql`SELECT k."detectionId" AS id, NULL AS key FROM ${NO_TEXT.from} WHERE ${filterSql(query)}
        ORDER BY k."title", k."slug" LIMIT ${pageSize} OFFSET ${skip}`,
      countSql(db, query),
    ]);
    rows = (page ?? []) as PageRow[];
    total = Number((count?.[0] as { n?: bigint | number } | undefined)?.n ?? 0);
    pageable = total;
  }
  if (!rows.length) return { total, pageable, page: query.page, pageSize, items: [] };
  const [cards, snippets] = await Promise.all([
    db.detection.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: CARD }),
    terms.length ? snippetsOf(db, rows, terms) : new Map<string, SnippetPart[] | null>(),
  ]);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const items = rows.flatMap((r) => {
    const card = byId.get(r.id);
    return card ? [{ ...card, snippet: snippets.get(r.id) ?? null }] : [];
  });
  return { total, pageable, page: query.page, pageSize, items };
}

function countSql(db: Db, query: SearchQuery): Prisma.Sql {
  const m = matchedRows(db, query.q);
  return Prisma.sql`SELECT count(*) AS n FROM ${m.from} WHERE ${m.where} AND ${filterSql(query)}`;
}

async function countMatches(db: Db, query: SearchQuery): Promise<number> {
  const [rows] = await readSearch(db, query.q, [countSql(db, query)]);
  return Number((rows?.[0] as { n?: bigint | number } | undefined)?.n ?? 0);
}

/** Passages of the index's prose, identifiers and code (the card shows the title) for the rows of a page. */
async function snippetsOf(
  db: Db,
  rows: ReadonlyArray<{ id: string; key: unknown }>,
  terms: readonly Term[],
): Promise<Map<string, SnippetPart[] | null>> {
  const sqlite = providerOf(db) === 'sqlite';
  // FTS5 finds a row fast by its rowid only; PostgreSQL's text table is keyed by the detection.
  const key = Prisma.raw(sqlite ? 'rowid' : '"detectionId"');
  const texts = await db.$queryRaw<Array<{ key: unknown; ids: string; prose: string; code: string }>>`
    SELECT ${key} AS key, "ids", "prose", "code" FROM "DetectionSearch"
    WHERE ${key} IN (${Prisma.join(rows.map((r) => r.key as string | number | bigint))})`;
  const idOf = new Map(rows.map((r) => [String(r.key), r.id]));
  return new Map(
    texts.map((t) => [
      idOf.get(String(t.key)) ?? '',
      makeSnippet([t.prose, t.ids, t.code], terms, { prefix: lastIsPrefix(terms, true) }),
    ]),
  );
}
