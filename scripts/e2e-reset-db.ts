// Gives the browser tests an empty database at DATABASE_URL: a deleted SQLite file, or a dropped and re-created PostgreSQL database.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { databaseConfig, sqlitePath } from '../lib/db/config';

const db = databaseConfig(process.env);
if (db.provider === 'sqlite') {
  const file = sqlitePath(db.url);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  mkdirSync(dirname(file), { recursive: true });
} else {
  const url = new URL(db.url);
  const name = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`refusing to drop database "${name}": not a plain identifier`);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}
console.log(`empty database ready: ${db.provider}`);
