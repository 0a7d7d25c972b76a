import { databaseConfig, type Provider } from '../db/config';

export interface TextContains {
  contains: string;
}

/**
 * A case-insensitive substring filter that behaves the same on both databases.
 * - Case: SQLite's LIKE already ignores (ASCII) case; PostgreSQL needs `mode: 'insensitive'` (ILIKE), an option
 *   the SQLite client's types lack, so it is added here and nowhere else.
 * - `%` and `_` keep their LIKE meaning on both: Prisma escapes neither, and SQLite's LIKE has no escape
 *   character unless the query says ESCAPE, which Prisma never does. So `traffic_duplication` also finds
 *   `traffic-duplication`, on either database.
 * - A backslash is PostgreSQL's LIKE escape but a plain character to SQLite: doubled on PostgreSQL, it is plain on both.
 */
export function textContains(provider: Provider, value: string): TextContains {
  if (provider === 'sqlite') return { contains: value };
  return { contains: value.replaceAll('\\', '\\\\'), mode: 'insensitive' } as TextContains;
}

/** The provider of DATABASE_URL: the database getDb() talks to. */
export function currentProvider(): Provider {
  return databaseConfig(process.env).provider;
}
