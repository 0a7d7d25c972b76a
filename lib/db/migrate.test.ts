// The committed migrations, applied by the real Prisma CLI through our wasm schema engine (prisma/engine/),
// on SQLite and on PostgreSQL, then used by the app's own client. PostgreSQL is required, never skipped:
// start it with scripts/ensure-postgres.sh, or point TEST_POSTGRES_URL at one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from './client';
import { projectRoot, runPrisma } from './prisma-cli';
import { changesSchema, withoutRawTableChanges } from './raw-tables';
import { postgresSchemaFrom } from './schemas';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL || 'postgresql://tripline:tripline@localhost:5432/tripline_test';

interface Target {
  name: 'sqlite' | 'postgresql';
  url: string;
  schemaFile: string;
  migrationsDir: string;
}

const tempDir = mkdtempSync(path.join(tmpdir(), 'tripline-migrate-test-'));
// A folder that does not exist yet: the engine must report P1003 and the CLI must have it created.
const sqliteFile = path.join(tempDir, 'not-yet', 'tripline.db');
// Its own schema, so test files running side by side on the same database never meet.
const postgresSchema = `test_migrate_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

const targets: Target[] = [
  { name: 'sqlite', url: `file:${sqliteFile}`, schemaFile: 'prisma/schema.prisma', migrationsDir: 'prisma/migrations' },
  {
    name: 'postgresql',
    url: withSchema(POSTGRES_URL, postgresSchema),
    schemaFile: 'prisma/postgresql/schema.prisma',
    migrationsDir: 'prisma/postgresql/migrations',
  },
];

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function withPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const where = POSTGRES_URL.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
    throw new Error(
      `PostgreSQL is required for these tests and ${where} does not answer (${(error as Error).message}). ` +
        'Run scripts/ensure-postgres.sh (it starts the local cluster and creates the role and database), ' +
        'or set TEST_POSTGRES_URL.',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Checked once, awaited by every PostgreSQL test, so that each of them fails (rather than being skipped)
// with the message that says how to start PostgreSQL.
let postgresChecked: Promise<unknown> | undefined;
const requirePostgres = () => (postgresChecked ??= withPostgres((client) => client.query('select 1')));

afterAll(async () => {
  rmSync(tempDir, { recursive: true, force: true });
  // Without a server there is nothing to clean up, and the tests have already failed saying so.
  await withPostgres((client) => client.query(`drop schema if exists "${postgresSchema}" cascade`)).catch(
    () => undefined,
  );
});

describe('prisma/postgresql/schema.prisma', () => {
  it('is generated from prisma/schema.prisma (npm run db:schemas)', () => {
    const source = readFileSync(path.join(projectRoot, 'prisma/schema.prisma'), 'utf8');
    const generated = readFileSync(path.join(projectRoot, 'prisma/postgresql/schema.prisma'), 'utf8');
    expect(generated).toBe(postgresSchemaFrom(source));
  });
});

describe.each(targets)('migrations on $name', (target) => {
  const env = { DATABASE_URL: target.url };

  beforeEach(async () => {
    if (target.name === 'postgresql') await requirePostgres();
  });

  it('are not stale: diffing them against the schema finds nothing but the search index it cannot model', async () => {
    const run = await runPrisma(
      ['migrate', 'diff', '--from-migrations', target.migrationsDir, '--to-schema', target.schemaFile, '--script'],
      { env },
    );
    expect(run.code, run.output).toBe(0);
    // The raw tables (lib/db/raw-tables.ts) show as tables to drop; anything else is a schema change without a migration.
    expect(run.output).toContain('DROP TABLE "DetectionSearch"');
    const rest = withoutRawTableChanges(run.output.replace(/^Loaded Prisma config.*$/m, ''));
    expect(changesSchema(rest), `schema and migrations differ; run scripts/db-migrate-dev.ts <name>\n${rest}`).toBe(
      false,
    );
  });

  it('deploy to an empty database, and status then says up to date', async () => {
    const deploy = await runPrisma(['migrate', 'deploy'], { env });
    console.log(`prisma migrate deploy on ${target.name}: ${deploy.ms} ms`);
    expect(deploy.code, deploy.output).toBe(0);
    expect(deploy.output).toContain('All migrations have been successfully applied');

    const status = await runPrisma(['migrate', 'status'], { env });
    expect(status.code, status.output).toBe(0);
    expect(status.output).toContain('Database schema is up to date!');

    const again = await runPrisma(['migrate', 'deploy'], { env });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain('No pending migrations to apply');
  });

  it('give a database the app client can write and read', async () => {
    const db = createDb(target.url);
    try {
      await db.meta.create({ data: { key: 'migrate-test', value: target.name } });
      const row = await db.meta.findUnique({ where: { key: 'migrate-test' } });
      expect(row?.value).toBe(target.name);
      expect(row?.updatedAt).toBeInstanceOf(Date);
    } finally {
      await db.$disconnect();
    }
  });

  if (target.name === 'sqlite') {
    it('run the client in WAL mode', () => {
      const raw = new Database(sqliteFile, { readonly: true });
      try {
        expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      } finally {
        raw.close();
      }
    });
  } else {
    it('keep to the ?schema= of the URL, for the engine and for the client', async () => {
      const { rows } = await withPostgres((client) =>
        client.query(`select value from "${postgresSchema}"."Meta" where key = 'migrate-test'`),
      );
      expect(rows).toEqual([{ value: 'postgresql' }]);
      const elsewhere = await withPostgres((client) =>
        client.query(
          `select table_schema from information_schema.tables where table_name = '_prisma_migrations' and table_schema = $1`,
          [postgresSchema],
        ),
      );
      expect(elsewhere.rowCount).toBe(1);
    });
  }
});
