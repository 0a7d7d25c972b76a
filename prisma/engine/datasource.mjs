// Turns the datasource URLs the Prisma CLI hands us into what the driver adapters need.
// The CLI starts the engine with its cwd at the project root, so relative SQLite paths resolve there,
// as they do for the native engine.
import path from 'node:path';

export function providerOfUrl(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (/^file:/i.test(url)) return 'sqlite';
  throw Object.assign(new Error(`The schema engine stand-in supports file: (SQLite) and postgresql:// URLs, got "${redact(url)}"`), {
    code: 'P1013',
  });
}

/** The provider named in the schema files, for the rare call that comes without a URL. */
export function providerOfDatamodels(datamodels) {
  for (const [, content] of datamodels) {
    const m = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/s.exec(content);
    if (m) return m[1] === 'postgres' ? 'postgresql' : m[1];
  }
  return undefined;
}

export function sqliteFile(url, cwd = process.cwd()) {
  const raw = url.replace(/^file:/i, '').replace(/\?.*$/, '');
  return path.resolve(cwd, raw);
}

/** Prisma's `?schema=` is not a libpq parameter: split it off so pg never sees it. */
export function postgresParts(url) {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  u.searchParams.delete('schema');
  return {
    connectionString: u.toString(),
    schema,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
    location: `${u.hostname || 'localhost'}:${u.port || '5432'}`,
  };
}

/** The same server and credentials, another database: adapter-pg's own version keeps the old one. */
export function withDatabase(connectionString, database) {
  const u = new URL(connectionString);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function redact(url) {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
