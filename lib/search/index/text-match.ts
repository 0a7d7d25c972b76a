// Full-text matching on each database's own index, as SQL pieces the queries around it put together: SQLite's FTS5
// table ranked by bm25, PostgreSQL's tsvector (GIN index) ranked by ts_rank_cd. Either way the matches are the
// detections' narrow key rows (`k`, DetectionSearchKey: status, severity, source, title, slug, tactics, platforms),
// so filters and counts never read a Detection row; and a detection whose title holds every term ranks above one that
// only mentions them.

import type { Provider } from '../../db/config';
import { Prisma } from '../../generated/sqlite/client';
import { ftsMatch, type Term, tsQuery } from './terms';

export interface TextMatch {
  /** The key rows to search, as `k`. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** A page of the matches passing `filters` (over `k`), best first, as rows (id, key, total). */
  page: (filters: Prisma.Sql, skip: number, take: number) => Prisma.Sql;
}

// bm25's column weights: title, identifiers, prose, code.
const BM25 = Prisma.raw('bm25("DetectionSearch", 10.0, 5.0, 2.0, 1.0)');
const fts = (match: string, score: Prisma.Sql = Prisma.empty) =>
  Prisma.sql`(SELECT rowid ${score} FROM "DetectionSearch" WHERE "DetectionSearch" MATCH ${match})`;

export function textMatch(provider: Provider, terms: readonly Term[], { prefix = false } = {}): TextMatch {
  return provider === 'sqlite' ? sqliteMatch(ftsMatch(terms, { prefix })) : postgresMatch(terms, prefix);
}

function sqliteMatch(all: string): TextMatch {
  const title = `title : (${all})`;
  const scored = Prisma.sql`, ${BM25} AS s`;
  return {
    // CROSS JOIN keeps SQLite's planner on the hits first: without statistics it would rather walk every key row and
    // look each up in the hits.
    from: Prisma.sql`${fts(all)} f CROSS JOIN "DetectionSearchKey" k`,
    where: Prisma.sql`k."rowid" = f.rowid`,
    // bm25 costs a read of every hit's positions. Title hits come first, so while they fill the page on their own
    // only they are ranked (by the query "in the title, and anywhere": every term's weight in all four columns, plus
    // the title's); the other hits are ranked only for the pages past the title hits.
    page: (filters, skip, take) => Prisma.sql`
      WITH t AS MATERIALIZED (SELECT rowid AS rid FROM "DetectionSearch" WHERE "DetectionSearch" MATCH ${title}),
      n AS MATERIALIZED (
        SELECT count(*) AS total, count(CASE WHEN k."rowid" IN (SELECT rid FROM t) THEN 1 END) AS titled
        FROM ${fts(all)} f CROSS JOIN "DetectionSearchKey" k WHERE k."rowid" = f.rowid AND ${filters}),
      ranked AS (
        SELECT k."detectionId" AS id, k."rowid" AS key, 1 AS titled, f.s, k."title", k."slug"
        FROM ${fts(`(${title}) AND (${all})`, scored)} f CROSS JOIN "DetectionSearchKey" k
        WHERE k."rowid" = f.rowid AND ${filters}
        UNION ALL
        SELECT k."detectionId", k."rowid", 0, f.s, k."title", k."slug"
        FROM n CROSS JOIN ${fts(all, scored)} f CROSS JOIN "DetectionSearchKey" k
        WHERE n.titled < ${skip + take} AND k."rowid" = f.rowid AND ${filters} AND k."rowid" NOT IN (SELECT rid FROM t))
      SELECT r.id AS id, r.key AS key, n.total AS total FROM ranked r CROSS JOIN n
      ORDER BY r.titled DESC, r.s, r."title", r."slug"
      LIMIT ${take} OFFSET ${skip}`,
  };
}

function postgresMatch(terms: readonly Term[], prefix: boolean): TextMatch {
  const query = Prisma.sql`to_tsquery('simple', ${tsQuery(terms, { prefix })})`;
  const title = Prisma.sql`to_tsquery('simple', ${tsQuery(terms, { prefix, weight: 'A' })})`;
  return {
    // Through the GIN index (read.ts), which answers words and prefixes without reading a tsvector.
    from: Prisma.sql`"DetectionSearchKey" k`,
    where: Prisma.sql`k."document" @@ ${query}`,
    // Ranking reads tsvectors. Title hits come first and are ranked by their title's lexemes, which the key row holds
    // inline; a whole document (out of line, a decompression a row) is read only for the pages past the title hits.
    // The hits are read twice through the index (counted, then ranked) rather than kept: cheaper than a copy of each.
    page: (filters, skip, take) => {
      const titled = Prisma.sql`k."titleVector" @@ ${title}`;
      return Prisma.sql`
      WITH n AS MATERIALIZED (
        SELECT count(*) AS total, count(*) FILTER (WHERE ${titled}) AS titled
        FROM "DetectionSearchKey" k WHERE k."document" @@ ${query} AND ${filters})
      SELECT k."detectionId" AS id, k."detectionId" AS key, n.total AS total
      FROM n CROSS JOIN "DetectionSearchKey" k
      WHERE k."document" @@ ${query} AND ${filters} AND (${titled} OR n.titled < ${skip + take})
      ORDER BY ${titled} DESC,
        CASE WHEN ${titled} THEN ts_rank_cd(k."titleVector", ${query}) ELSE ts_rank_cd(k."document", ${query}) END DESC,
        k."title", k."slug"
      LIMIT ${take} OFFSET ${skip}`;
    },
  };
}

/** Every detection's key row, when there are no words to match. */
export const NO_TEXT = { from: Prisma.sql`"DetectionSearchKey" k`, where: Prisma.sql`1 = 1` };
