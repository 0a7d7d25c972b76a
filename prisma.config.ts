import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { databaseConfig } from './lib/db/config';

// The one place the Prisma CLI is pointed at our schema engine: Prisma's native binary is downloaded from a
// host we cannot reach, so prisma/engine/schema-engine (Prisma's own engine compiled to wasm, driven through
// the driver adapters) answers in its place. See prisma/engine/README.md. An explicit env var still wins.
const projectRoot = path.dirname(fileURLToPath(import.meta.url));
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(projectRoot, 'prisma', 'engine', 'schema-engine');

const db = databaseConfig(process.env);

export default defineConfig({
  schema: db.schemaPath,
  migrations: { path: db.migrationsPath },
  datasource: { url: db.url },
});
