// On SQLite the wasm engine cannot tell "no `_prisma_migrations` table yet" from a real failure: the native
// engine recognises rusqlite's "no such table" error, the wasm build sees an adapter error and answers P1014.
// So before the methods that read the history we look ourselves, on the engine's own connection (a second
// one would wait on the engine's exclusive lock), and do what the native engine does without a history table.

// The native engine's DDL for SQLite (sql-schema-connector, sqlite flavour), so later runs cannot tell.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

const SCHEMA_NOT_EMPTY = Object.assign(
  new Error(
    'The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline',
  ),
  { code: 'P3005' },
);

async function inspect(connection) {
  const { rows } = await connection.queryRaw({
    sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'",
    args: [],
    argTypes: [],
  });
  const names = rows.map(([name]) => name);
  return { hasHistory: names.includes('_prisma_migrations'), isEmpty: names.every((n) => n === '_prisma_migrations') };
}

/**
 * Wraps the RPC methods that read `_prisma_migrations`.
 * @param {() => Promise<{ queryRaw: Function, executeScript: Function }>} connection the engine's connection
 */
export function withSqliteHistory(methods, connection) {
  const wrapped = { ...methods };

  // migrate deploy: an empty database gets its history table, a non-empty one without history is refused.
  wrapped.applyMigrations = async (params) => {
    const db = await connection();
    const { hasHistory, isEmpty } = await inspect(db);
    if (!hasHistory) {
      if (!isEmpty) throw SCHEMA_NOT_EMPTY;
      await db.executeScript(CREATE_MIGRATIONS_TABLE);
    }
    return methods.applyMigrations(params);
  };

  // migrate dev: same start on an empty database; tables without history are drift, which means a reset.
  wrapped.devDiagnostic = async (params) => {
    const db = await connection();
    const { hasHistory, isEmpty } = await inspect(db);
    if (!hasHistory) {
      if (!isEmpty) {
        return {
          action: {
            tag: 'reset',
            reason: 'Drift detected: the database has tables but no migration history (no `_prisma_migrations` table).',
          },
        };
      }
      await db.executeScript(CREATE_MIGRATIONS_TABLE);
    }
    return methods.devDiagnostic(params);
  };

  // migrate status is read-only: answer for a database without history without creating anything.
  wrapped.diagnoseMigrationHistory = async (params) => {
    if ((await inspect(await connection())).hasHistory) return methods.diagnoseMigrationHistory(params);
    const names = params.migrationsList.migrationDirectories.map((d) => d.path);
    return {
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: false,
      history: names.length > 0 ? { diagnostic: 'databaseIsBehind', unappliedMigrationNames: names } : null,
    };
  };

  // migrate resolve --applied is how a database is baselined: the native engine creates the table first.
  wrapped.markMigrationApplied = async (params) => {
    const db = await connection();
    if (!(await inspect(db)).hasHistory) await db.executeScript(CREATE_MIGRATIONS_TABLE);
    return methods.markMigrationApplied(params);
  };

  return wrapped;
}
