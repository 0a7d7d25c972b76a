// npx tsx scripts/db-migrate-dev.ts <name>: after a change to prisma/schema.prisma, writes the next migration
// for BOTH databases (prisma/migrations and prisma/postgresql/migrations) with `prisma migrate dev`.
// Neither run touches a real database: SQLite uses a throwaway file, PostgreSQL a throwaway schema in the
// database TEST_POSTGRES_URL names (see scripts/ensure-postgres.sh; the role needs CREATEDB for the shadow database).
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { projectRoot, runPrisma } from '../lib/db/prisma-cli';
import { changesSchema, withoutRawTableChanges } from '../lib/db/raw-tables';
import { postgresSchemaFrom } from '../lib/db/schemas';

const DEFAULT_POSTGRES_URL = 'postgresql://tripline:tripline@localhost:5432/tripline_test';

const argName = process.argv[2];
if (!argName || !/^[A-Za-z0-9_-]+$/.test(argName)) {
  console.error('usage: npx tsx scripts/db-migrate-dev.ts <migration_name>   (letters, digits, _ and -)');
  process.exit(2);
}
const name: string = argName;

const sqliteMigrations = path.join(projectRoot, 'prisma', 'migrations');
const postgresMigrations = path.join(projectRoot, 'prisma', 'postgresql', 'migrations');

// The PostgreSQL schema must show the change too before its migration can.
const postgresSchema = path.join(projectRoot, 'prisma', 'postgresql', 'schema.prisma');
writeFileSync(
  postgresSchema,
  postgresSchemaFrom(readFileSync(path.join(projectRoot, 'prisma', 'schema.prisma'), 'utf8')),
);

const listMigrations = (dir: string): Set<string> =>
  new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  );

async function migrateDev(label: string, url: string, dir: string): Promise<string | undefined> {
  const before = listMigrations(dir);
  console.log(`\n== ${label}`);
  const run = await runPrisma(['migrate', 'dev', '--name', name], { env: { DATABASE_URL: url }, inherit: true });
  if (run.code !== 0) throw new Error(`prisma migrate dev on ${label} failed (exit ${run.code})`);
  return [...listMigrations(dir)].find((m) => !before.has(m));
}

const sqliteDir = mkdtempSync(path.join(tmpdir(), 'tripline-migrate-dev-'));
const postgresBase = process.env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_URL;
const schema = `migrate_dev_${process.pid}_${Date.now()}`;
const postgresUrl = new URL(postgresBase);
postgresUrl.searchParams.set('schema', schema);

try {
  let sqliteMigration = await migrateDev(
    'SQLite (throwaway file)',
    `file:${path.join(sqliteDir, 'dev.db')}`,
    sqliteMigrations,
  );
  let postgresMigration = await migrateDev(
    `PostgreSQL (throwaway schema ${schema})`,
    postgresUrl.toString(),
    postgresMigrations,
  );

  // Prisma writes a DROP of the search index (tables it cannot model) into every migration: take it out, and a
  // migration left with nothing else is no migration.
  for (const [dir, migration] of [
    [sqliteMigrations, sqliteMigration],
    [postgresMigrations, postgresMigration],
  ] as const) {
    if (!migration) continue;
    const file = path.join(dir, migration, 'migration.sql');
    const kept = withoutRawTableChanges(readFileSync(file, 'utf8'));
    if (changesSchema(kept)) writeFileSync(file, kept);
    else rmSync(path.join(dir, migration), { recursive: true, force: true });
  }
  if (sqliteMigration && !existsSync(path.join(sqliteMigrations, sqliteMigration))) sqliteMigration = undefined;
  if (postgresMigration && !existsSync(path.join(postgresMigrations, postgresMigration))) postgresMigration = undefined;

  // The two runs start a second or so apart; one name for the same change keeps the folders readable side by side.
  if (sqliteMigration && postgresMigration && postgresMigration !== sqliteMigration) {
    renameSync(path.join(postgresMigrations, postgresMigration), path.join(postgresMigrations, sqliteMigration));
    postgresMigration = sqliteMigration;
  }

  console.log('');
  if (!sqliteMigration && !postgresMigration) console.log('No schema change: no migration written.');
  if (sqliteMigration) console.log(`wrote prisma/migrations/${sqliteMigration}/migration.sql`);
  if (postgresMigration) console.log(`wrote prisma/postgresql/migrations/${postgresMigration}/migration.sql`);
  if (Boolean(sqliteMigration) !== Boolean(postgresMigration)) {
    console.error('Only one database got a migration: check the change applies to both.');
    process.exitCode = 1;
  }
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: postgresBase });
  await client
    .connect()
    .then(() => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
    .catch((error: Error) => console.error(`could not drop the throwaway schema ${schema}: ${error.message}`))
    .finally(() => client.end());
}
