// `migrate reset` (and the reset `migrate dev` asks for) must leave an empty database. The wasm engine's
// SQLite reset was written for Cloudflare D1 and only deletes rows, so the first migration then fails with
// "table already exists". The native engine truncates the file; we drop every table and view instead, on the
// engine's own connection, which keeps its lock and its open handle valid.
const NO_ARGS = { args: [], argTypes: [] };

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * @param {Record<string, (params: any) => Promise<unknown>>} methods
 * @param {() => Promise<{ queryRaw: Function, executeScript: Function }>} connection the engine's connection
 */
export function withSqliteReset(methods, connection) {
  return {
    ...methods,
    reset: async () => {
      const db = await connection();
      const { rows } = await db.queryRaw({
        sql: "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'",
        ...NO_ARGS,
      });
      if (rows.length === 0) return {};
      const [[foreignKeys]] = (await db.queryRaw({ sql: 'PRAGMA foreign_keys', ...NO_ARGS })).rows;
      const drops = rows.map(([type, name]) => `DROP ${type === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS ${quote(name)};`);
      const hasSequence = (await db.queryRaw({ sql: "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'", ...NO_ARGS })).rows.length > 0;
      // Foreign keys off, or dropping a referenced table first would fail; then back to what it was.
      await db.executeScript(
        [
          'PRAGMA foreign_keys = OFF;',
          ...drops,
          ...(hasSequence ? ['DELETE FROM sqlite_sequence;'] : []),
          `PRAGMA foreign_keys = ${Number(foreignKeys) ? 'ON' : 'OFF'};`,
        ].join('\n'),
      );
      return {};
    },
  };
}
