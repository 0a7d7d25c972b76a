// Runs the statements of one search. PostgreSQL's planner reckons a text match at the cost of one operator call, so
// for a common word or a short prefix it would walk the key table and decompress every detection's out-of-line
// tsvector (tens of ms on 10,000 detections, and growing with them) rather than ask the GIN index, which answers
// words and prefixes without reading a tsvector. The statements of a text search therefore run in one transaction
// that rules the walk out (SET LOCAL: this transaction only). SQLite's FTS5 is always asked through its index.
import type { Db } from '../../db/client';
import type { Prisma } from '../../generated/sqlite/client';
import { providerOf } from './provider';
import { queryTerms } from './terms';

export async function readMatches(db: Db, text: boolean, statements: readonly Prisma.Sql[]): Promise<unknown[][]> {
  if (!text || providerOf(db) === 'sqlite') {
    return Promise.all(statements.map((s) => db.$queryRaw<unknown[]>(s)));
  }
  const [, ...results] = await db.$transaction([
    db.$executeRawUnsafe('SET LOCAL enable_seqscan = off'),
    ...statements.map((s) => db.$queryRaw<unknown[]>(s)),
  ]);
  return results as unknown[][];
}

/** The statements of one search for `q`: through the index when q holds words. */
export function readSearch(db: Db, q: string, statements: readonly Prisma.Sql[]): Promise<unknown[][]> {
  return readMatches(db, queryTerms(q).length > 0, statements);
}
