// Tables Prisma cannot model live in the migrations only: the search index (SQLite's FTS5 table, its shadow tables and
// its rowid keys, PostgreSQL's table with a tsvector column; lib/search/index/). Prisma sees them as drift and writes their
// DROP into every new migration; these helpers take such changes out, so no migration ever drops the index.

const RAW_TABLE = /"DetectionSearch\w*"/;

/** A migration script (blocks separated by blank lines) without the blocks that touch a raw table. */
export function withoutRawTableChanges(script: string): string {
  return script
    .split(/\n\s*\n/)
    .filter((block) => !RAW_TABLE.test(block))
    .join('\n\n');
}

/** Whether a script still changes anything (more than comments and foreign-key pragmas). */
export function changesSchema(script: string): boolean {
  return script
    .split('\n')
    .map((line) => line.trim())
    .some((line) => line && !line.startsWith('--') && !/^PRAGMA foreign_keys=(on|off);$/i.test(line));
}
