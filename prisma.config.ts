import { defineConfig } from 'prisma/config';
import { databaseConfig } from './lib/db/config';

const db = databaseConfig(process.env);

export default defineConfig({
  schema: db.schemaPath,
  migrations: { path: db.migrationsPath },
  datasource: { url: db.url },
});
