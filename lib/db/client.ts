// The one Prisma client module for the app and scripts. DATABASE_URL picks the database (lib/db/config.ts);
// both generated clients come from the same models, so the rest of the code sees one type, `Db`.
import { existsSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import Database from 'better-sqlite3';
import { PrismaClient as PostgresClient } from '@/lib/generated/postgresql/client';
import { PrismaClient as SqliteClient } from '@/lib/generated/sqlite/client';
import { databaseConfig, providerOf, sqlitePath } from './config';

export type Db = SqliteClient;

// Readers (pages) and the content import write at the same time: WAL lets them, and the busy timeout
// makes a writer wait for the lock instead of failing with SQLITE_BUSY.
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export function createDb(url: string): Db {
  if (providerOf(url) === 'postgresql') {
    const { connectionString, schema } = splitSchema(url);
    const adapter = new PrismaPg({ connectionString }, schema ? { schema } : undefined);
    // Same models, same API: only the generated runtime differs, so the cast is safe.
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = sqlitePath(url);
  enableWal(file);
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
}

// WAL is a property of the file, kept once set, but the adapter gives no hook before its first query:
// set it on a short-lived connection of our own. A missing file is left to migrate to create.
function enableWal(file: string): void {
  if (!existsSync(file)) return;
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

// `?schema=` is Prisma's, not libpq's: adapter-pg takes it as an option and qualifies every table with it. Raw SQL
// (the search index, lib/search/index/) names tables unqualified, so the connection's search_path says it too.
function splitSchema(url: string): { connectionString: string; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  if (schema && !parsed.searchParams.has('options'))
    parsed.searchParams.set('options', `-c search_path="${schema.replaceAll('"', '""')}",public`);
  return { connectionString: parsed.toString(), schema };
}

// Next's dev server re-evaluates modules on every change; a client per reload would leak connections.
const globalForDb = globalThis as typeof globalThis & { __triplineDb?: { url: string; db: Db } };
let singleton: { url: string; db: Db } | undefined;

/** The client for DATABASE_URL, created once per process. */
export function getDb(): Db {
  const { url } = databaseConfig(process.env);
  const current = singleton ?? globalForDb.__triplineDb;
  if (current && current.url === url) return current.db;
  singleton = { url, db: createDb(url) };
  if (process.env.NODE_ENV !== 'production') globalForDb.__triplineDb = singleton;
  return singleton.db;
}

/** Closes the getDb() client, if one was made; the next getDb() makes a new one. */
export async function disconnect(): Promise<void> {
  const current = singleton ?? globalForDb.__triplineDb;
  singleton = undefined;
  globalForDb.__triplineDb = undefined;
  await current?.db.$disconnect();
}
