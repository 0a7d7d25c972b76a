// better-sqlite3 behind Prisma's driver adapter, with the one gap the schema engine falls into patched.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

const BUSY_TIMEOUT_MS = 10_000;

export function sqliteAdapterFactory(file) {
  // Shadow database: a private in-memory one, as the native engine uses for SQLite.
  const factory = new PrismaBetterSqlite3({ url: file, timeout: BUSY_TIMEOUT_MS }, { shadowDatabaseUrl: ':memory:' });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => lazily(factory, async () => allowScripts(await factory.connect())),
    connectToShadowDb: async () => allowScripts(await factory.connectToShadowDb()),
  };
}

// The engine connects as soon as it starts, but better-sqlite3 creates the file on open: a `migrate diff`
// between two schemas must not leave an empty database behind (or fail on a missing folder), so open on first use.
function lazily(factory, open) {
  let adapter;
  const real = () => (adapter ??= open());
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    queryRaw: async (query) => (await real()).queryRaw(query),
    executeRaw: async (query) => (await real()).executeRaw(query),
    executeScript: async (script) => (await real()).executeScript(script),
    startTransaction: async (...args) => (await real()).startTransaction(...args),
    dispose: async () => (adapter ? (await adapter).dispose() : undefined),
  };
}

// The engine sends whole migration scripts through executeRaw; better-sqlite3's prepare() refuses more than
// one statement ("The supplied SQL string contains more than one statement"), so such calls go to exec().
function allowScripts(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!isMultiStatement(error) || query.args.length > 0) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = await startTransaction(...args);
    const txExecuteRaw = tx.executeRaw.bind(tx);
    tx.executeRaw = async (query) => {
      try {
        return await txExecuteRaw(query);
      } catch (error) {
        if (!isMultiStatement(error) || query.args.length > 0) throw error;
        // Same connection, already inside the transaction: exec() runs the statements in it.
        await adapter.executeScript(query.sql);
        return 0;
      }
    };
    return tx;
  };
  return adapter;
}

function isMultiStatement(error) {
  return error instanceof RangeError && /more than one statement/.test(error.message);
}
