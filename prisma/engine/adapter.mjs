// Picks the driver adapter for a datasource and binds it the way the wasm engine expects. Each provider's
// module is imported only when used: loading pg costs a SQLite run about 100 ms.
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { providerOfDatamodels, providerOfUrl, sqliteFile } from './datasource.mjs';

/**
 * @param {{ url?: string, shadowDatabaseUrl?: string } | undefined} datasource from --datasource
 * @param {[string, string][]} datamodels
 * @param {(adapter: object) => void} onConnect sees the main connection, so we can query on it too
 */
export async function boundAdapterFactory(datasource, datamodels, onConnect) {
  const factory = await adapterFactory(datasource, datamodels);
  return bindMigrationAwareSqlAdapterFactory({
    ...factory,
    connect: async () => {
      const adapter = await factory.connect();
      onConnect(adapter);
      return adapter;
    },
  });
}

async function adapterFactory(datasource, datamodels) {
  const url = datasource?.url;
  const provider = url ? providerOfUrl(url) : providerOfDatamodels(datamodels);
  if (provider === 'sqlite') {
    // Without a URL (a pure schema-to-schema diff) no database is touched: an in-memory one will do.
    const { sqliteAdapterFactory } = await import('./sqlite-adapter.mjs');
    return sqliteAdapterFactory(url ? sqliteFile(url) : ':memory:');
  }
  if (provider === 'postgresql') {
    if (!url) throw Object.assign(new Error('A PostgreSQL datasource needs a url in prisma.config.ts.'), { code: 'P1012' });
    const { postgresAdapterFactory } = await import('./postgres-adapter.mjs');
    return postgresAdapterFactory(url, datasource?.shadowDatabaseUrl);
  }
  throw Object.assign(new Error(`The schema engine stand-in supports sqlite and postgresql, not "${provider}".`), {
    code: 'P1012',
  });
}
