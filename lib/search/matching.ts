// The one matcher for every endpoint that takes the search filters (/rules.zip, the Navigator layer, the change
// feeds): the same full-text match and filters as searchDetections, as SQL, so the set a `q` selects is the one
// /search shows, and no caller ever holds more than a page of it.
import type { Db } from '../db/client';
import { Prisma } from '../generated/sqlite/client';
import { filterSql } from './index/filters';
import { readSearch } from './index/read';
import { queryTerms } from './index/terms';
import type { SearchQuery } from './params';
import { matchedRows } from './search-detections';

export interface MatchOptions {
  /** Withdrawn and draft detections too (the change feeds); published only otherwise, as /search. */
  anyStatus?: boolean;
}

/** Runs statements that hold matchingIdsSql(db, query) (read.ts: the GIN index always, on PostgreSQL). */
export function readMatching(db: Db, query: SearchQuery, statements: readonly Prisma.Sql[]): Promise<unknown[][]> {
  return readSearch(db, query.q, statements);
}

/** The ids of the detections matching the query, as a subquery to put after `IN`; run it with readMatching. */
export function matchingIdsSql(db: Db, query: SearchQuery, { anyStatus = false }: MatchOptions = {}): Prisma.Sql {
  const m = matchedRows(db, query.q);
  return Prisma.sql`(SELECT k."detectionId" FROM ${m.from} WHERE ${m.where} AND ${filterSql(query, undefined, { anyStatus })})`;
}

export interface MatchedDetection {
  id: string;
  slug: string;
}

/**
 * The detections matching the query, a page at a time in slug order. Keyset paging (slug after the last one seen)
 * costs the same for the last page as for the first, and a page is read only when the one before has been used.
 */
export async function* matchingDetectionPages(
  db: Db,
  query: SearchQuery,
  { pageSize, anyStatus = false }: MatchOptions & { pageSize: number },
): AsyncGenerator<MatchedDetection[]> {
  const m = matchedRows(db, query.q);
  const filters = filterSql(query, undefined, { anyStatus });
  let after: string | undefined;
  for (;;) {
    const [rows] = await readMatching(db, query, [
      Prisma.sql`
      SELECT k."detectionId" AS id, k."slug" AS slug FROM ${m.from}
      WHERE ${m.where} AND ${filters} ${after === undefined ? Prisma.empty : Prisma.sql`AND k."slug" > ${after}`}
      ORDER BY k."slug"
      LIMIT ${pageSize}`,
    ]);
    const page = (rows ?? []) as MatchedDetection[];
    if (page.length) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]?.slug;
  }
}
