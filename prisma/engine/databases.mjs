// Whole-database operations the wasm engine leaves out: it works on a connection it is given, so checking,
// creating and dropping the database itself happens here. Failures carry the native engine's P-codes,
// because the CLI decides on them (P1003 is the only one that makes it offer to create the database).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { postgresParts, providerOfUrl, sqliteFile, withDatabase } from './datasource.mjs';

const fail = (code, message) => Object.assign(new Error(message), { code });
const quote = (name) => `"${name.replaceAll('"', '""')}"`;

export async function canConnect(url) {
  if (providerOfUrl(url) === 'sqlite') {
    const file = sqliteFile(url);
    if (!existsSync(file)) throw fail('P1003', `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`);
    return;
  }
  await withClient(url, async () => {});
}

/** @returns {Promise<string>} the database's name */
export async function createDatabase(url) {
  if (providerOfUrl(url) === 'sqlite') {
    const file = sqliteFile(url);
    mkdirSync(path.dirname(file), { recursive: true });
    const { default: Database } = await import('better-sqlite3');
    new Database(file).close();
    return path.basename(file);
  }
  const { connectionString, database } = postgresParts(url);
  await withClient(withDatabase(connectionString, 'postgres'), (client) => client.query(`CREATE DATABASE ${quote(database)}`));
  return database;
}

export async function dropDatabase(url) {
  if (providerOfUrl(url) === 'sqlite') {
    const file = sqliteFile(url);
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    return;
  }
  const { connectionString, database } = postgresParts(url);
  await withClient(withDatabase(connectionString, 'postgres'), (client) => client.query(`DROP DATABASE ${quote(database)}`));
}

async function withClient(url, work) {
  const { connectionString, database, location } = postgresParts(url);
  const { default: pg } = await import('pg'); // only PostgreSQL pays for loading pg
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw connectionError(error, database, location, client.user);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function connectionError(error, database, location, user) {
  switch (error.code) {
    case '3D000':
      return fail('P1003', `Database \`${database}\` does not exist on the database server at \`${location}\`.`);
    case '28P01':
    case '28000':
      return fail(
        'P1000',
        `Authentication failed against database server at \`${location}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${location}\`.`,
      );
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return fail('P1001', `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`);
    default:
      return error.message?.includes('timeout')
        ? fail('P1002', `The database server at \`${location}\` was reached but timed out.`)
        : error;
  }
}
