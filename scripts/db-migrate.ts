// npm run db:migrate: applies the committed migrations to the database DATABASE_URL names
// (SQLite file:./data/tripline.db by default, or PostgreSQL), creating the database if it does not exist.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createDb } from '../lib/db/client';
import { databaseConfig, sqlitePath } from '../lib/db/config';
import { projectRoot, runPrisma } from '../lib/db/prisma-cli';
import { backfillSearchIndex } from '../lib/search/index/write';

const db = databaseConfig(process.env);
// The Prisma CLI resolves a relative SQLite path from the project root; so do we, for its folder.
if (db.provider === 'sqlite')
  mkdirSync(path.dirname(path.resolve(projectRoot, sqlitePath(db.url))), { recursive: true });

const run = await runPrisma(['migrate', 'deploy'], { inherit: true });
console.log(`prisma migrate deploy (${db.provider}): exit ${run.code} in ${run.ms} ms`);
process.exitCode = run.code;
if (run.code === 0) {
  // The search index is filled from the rows by code, not SQL: detections older than the index get theirs here.
  const client = createDb(db.url);
  const indexed = await backfillSearchIndex(client);
  await client.$disconnect();
  if (indexed) console.log(`search index: ${indexed} detections indexed`);
}
