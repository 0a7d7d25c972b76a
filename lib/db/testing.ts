// Real, migrated, private databases for integration tests: a temp SQLite file, or a PostgreSQL schema of its own
// on TEST_POSTGRES_URL. Never skipped: a missing PostgreSQL is an error that says how to start one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb, type Db } from './client';
import type { Provider } from './config';
import { runPrisma } from './prisma-cli';

export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL || 'postgresql://tripline:tripline@localhost:5432/tripline_test';
export const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

export interface TestDatabase {
  provider: Provider;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const tag = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let url: string;
  let cleanup: () => Promise<void>;
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'tripline-db-'));
    url = `file:${path.join(dir, 'test.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `test_${tag}`;
    const u = new URL(TEST_POSTGRES_URL);
    u.searchParams.set('schema', schema);
    url = u.toString();
    await onPostgres(async () => undefined);
    cleanup = () => onPostgres((c) => c.query(`drop schema if exists "${schema}" cascade`).then(() => undefined));
  }
  const run = await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: url } });
  if (run.code !== 0) throw new Error(`prisma migrate deploy failed on ${provider}:\n${run.output}`);
  const db = createDb(url);
  return {
    provider,
    url,
    db,
    async drop() {
      await db.$disconnect();
      await cleanup();
    },
  };
}

async function onPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for these tests and does not answer at TEST_POSTGRES_URL (${(error as Error).message}). ` +
        'Run scripts/ensure-postgres.sh, or set TEST_POSTGRES_URL.',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
