// postinstall: writes prisma/postgresql/schema.prisma from prisma/schema.prisma, then generates both Prisma
// clients (lib/generated/sqlite and lib/generated/postgresql). The two generations run side by side.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, runPrisma } from '../lib/db/prisma-cli';
import { postgresSchemaFrom } from '../lib/db/schemas';

const sqliteSchema = path.join(projectRoot, 'prisma', 'schema.prisma');
const postgresSchema = path.join(projectRoot, 'prisma', 'postgresql', 'schema.prisma');

const wanted = postgresSchemaFrom(readFileSync(sqliteSchema, 'utf8'));
if (!existsSync(postgresSchema) || readFileSync(postgresSchema, 'utf8') !== wanted) {
  mkdirSync(path.dirname(postgresSchema), { recursive: true });
  writeFileSync(postgresSchema, wanted);
  console.log('wrote prisma/postgresql/schema.prisma');
}

const runs = await Promise.all(
  [sqliteSchema, postgresSchema].map(async (schema) => ({
    schema: path.relative(projectRoot, schema),
    run: await runPrisma(['generate', '--schema', schema]),
  })),
);

for (const { schema, run } of runs) {
  if (run.code === 0) {
    console.log(`prisma generate --schema ${schema}: done in ${run.ms} ms`);
  } else {
    console.error(`prisma generate --schema ${schema} failed (exit ${run.code}):\n${run.output}`);
    process.exitCode = 1;
  }
}
