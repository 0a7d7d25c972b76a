// Which database, from DATABASE_URL alone: postgres(ql):// means PostgreSQL, anything else (or nothing) SQLite.
export type Provider = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  provider: Provider;
  url: string;
  schemaPath: string;
  migrationsPath: string;
}

export const DEFAULT_SQLITE_URL = 'file:./data/tripline.db';

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgresql' : 'sqlite';
}

export function databaseConfig(env: Record<string, string | undefined>): DatabaseConfig {
  const url = env.DATABASE_URL?.trim() || DEFAULT_SQLITE_URL;
  const provider = providerOf(url);
  if (provider === 'sqlite' && !url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url}"`);
  }
  const dir = provider === 'sqlite' ? 'prisma' : 'prisma/postgresql';
  return { provider, url, schemaPath: `${dir}/schema.prisma`, migrationsPath: `${dir}/migrations` };
}

// better-sqlite3 wants a path, Prisma a file: URL.
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, '').replace(/\?.*$/, '');
}
