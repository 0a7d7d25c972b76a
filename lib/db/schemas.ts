const HEADER = '// GENERATED from prisma/schema.prisma by `npm run db:schemas`: edit that file, not this one.\n';

export function postgresSchemaFrom(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider = "sqlite"/, 'provider = "postgresql"')
    .replace('output   = "../lib/generated/sqlite"', 'output   = "../../lib/generated/postgresql"');
  if (out === sqliteSchema || !out.includes('provider = "postgresql"') || !out.includes('generated/postgresql')) {
    throw new Error('prisma/schema.prisma: could not find the sqlite provider and client output lines to rewrite');
  }
  return HEADER + out;
}
