// Full-text matching on each database's own index, as SQL pieces the queries around it put together:
// SQLite's FTS5 table ranked by bm25, PostgreSQL's tsvector (GIN index) ranked by ts_rank_cd. Either way a
// detection whose title holds every term ranks above one that only mentions them.

import type { Provider } from '../../db/config';
import { Prisma } from '../../generated/sqlite/client';
import { ftsMatch, type Term, tsQuery } from './terms';

export interface TextMatch {
  /** The WITH clause (with its keyword), or nothing. */
  with: Prisma.Sql;
  /** Rows to search: joined to Detection as `d`. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** Joins the ranking needs beside `from` (PostgreSQL ranks on the stored tsvector); counts leave them out. */
  ranking: Prisma.Sql;
  /** The ranking, best first: every term in the title, then relevance, then by title; slug breaks ties. */
  order: Prisma.Sql;
  /** A key to read the matched row's index text back by (the FTS5 rowid; the detection id on PostgreSQL). */
  key: Prisma.Sql;
  /**
   * A page of the matches passing `filters` (over `d`), ranked like `order`, as rows (id, key, total), when the
   * database has a cheaper statement for it than ranking every match.
   */
  page?: (filters: Prisma.Sql, skip: number, take: number) => Prisma.Sql;
}

// bm25's column weights: title, identifiers, prose, code.
const BM25 = Prisma.raw('bm25("DetectionSearch", 10.0, 5.0, 2.0, 1.0)');

const ranked = (titleHit: Prisma.Sql, score: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${titleHit} THEN 1 ELSE 0 END) DESC, ${score} DESC, d."title", d."slug"`;

export function textMatch(provider: Provider, terms: readonly Term[], { prefix = false } = {}): TextMatch {
  if (provider === 'sqlite') {
    const all = ftsMatch(terms, { prefix });
    return {
      // Materialised: the facet queries read the hits several times; FTS5 is asked once.
      with: Prisma.sql`WITH hits AS MATERIALIZED (
          SELECT k."detectionId" AS id, f.rowid AS rid, f.score FROM (
            SELECT rowid, -${BM25} AS score FROM "DetectionSearch" WHERE "DetectionSearch" MATCH ${all}) f
          JOIN "DetectionSearchKey" k ON k."rowid" = f.rowid),
        titled AS MATERIALIZED (
          SELECT rowid AS rid FROM "DetectionSearch" WHERE "DetectionSearch" MATCH ${`title : (${all})`}) `,
      // CROSS JOIN keeps SQLite's planner on the hits first: without statistics it would rather walk every
      // published detection and look each up in the hits.
      from: Prisma.sql`hits CROSS JOIN "Detection" d`,
      where: Prisma.sql`d."id" = hits.id`,
      ranking: Prisma.empty,
      order: ranked(Prisma.sql`hits.rid IN (SELECT rid FROM titled)`, Prisma.sql`hits.score`),
      key: Prisma.sql`hits.rid`,
    };
  }
  const query = Prisma.sql`to_tsquery('simple', ${tsQuery(terms, { prefix })})`;
  const title = Prisma.sql`to_tsquery('simple', ${tsQuery(terms, { prefix, weight: 'A' })})`;
  return {
    // Materialised: the GIN index is asked once (DetectionSearch_hits, which never walks the table), and the facet
    // counts (five reads of the hits) never touch the tsvectors; only the page's ranking reads them.
    with: Prisma.sql`WITH hits AS MATERIALIZED (SELECT "id", "titled" FROM "DetectionSearch_hits"(${query}, ${title})) `,
    from: Prisma.sql`hits CROSS JOIN "Detection" d`,
    where: Prisma.sql`d."id" = hits.id`,
    ranking: Prisma.sql`JOIN "DetectionSearch" s ON s."detectionId" = hits.id`,
    order: ranked(Prisma.sql`hits.titled`, Prisma.sql`ts_rank_cd(s."document", ${query})`),
    key: Prisma.sql`hits.id`,
    // ts_rank_cd decompresses a tsvector a row. Title hits come first, so when they fill the page on their own the
    // other matches are never ranked: the same page, from a fraction of the decompressions.
    page: (filters, skip, take) => Prisma.sql`
      WITH hits AS MATERIALIZED (SELECT "id", "titled" FROM "DetectionSearch_hits"(${query}, ${title})),
      matched AS MATERIALIZED (
        SELECT hits.id, hits.titled, d."title", d."slug" FROM hits CROSS JOIN "Detection" d
        WHERE d."id" = hits.id AND ${filters}),
      n AS (SELECT count(*) AS total, count(*) FILTER (WHERE titled) AS titled FROM matched)
      SELECT m.id AS id, m.id AS key, n.total AS total
      FROM matched m CROSS JOIN n JOIN "DetectionSearch" s ON s."detectionId" = m.id
      WHERE m.titled OR n.titled < ${skip + take}
      ORDER BY m.titled DESC, ts_rank_cd(s."document", ${query}) DESC, m."title", m."slug"
      LIMIT ${take} OFFSET ${skip}`,
  };
}

/** Every detection, when there are no words to match. */
export const NO_TEXT: TextMatch = {
  with: Prisma.empty,
  from: Prisma.sql`"Detection" d`,
  where: Prisma.sql`1 = 1`,
  ranking: Prisma.empty,
  order: Prisma.sql`d."title", d."slug"`,
  key: Prisma.sql`d."id"`,
};
