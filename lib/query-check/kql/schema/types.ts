// The shape of a declared table or ASIM function: its name, where its columns were read, and `Name:type` pairs
// separated by white space (Kusto's scalar type names: string, int, long, real, bool, datetime, timespan, guid, dynamic).

export interface KqlTableSchema {
  name: string;
  /** The document the column list was taken from. */
  source: string;
  columns: string;
}

export interface KqlColumn {
  name: string;
  type: string;
}

const KUSTO_TYPES = new Set([
  'string',
  'int',
  'long',
  'real',
  'decimal',
  'bool',
  'datetime',
  'timespan',
  'guid',
  'dynamic',
]);

/** The columns of a declared schema; a malformed entry is a mistake in our data, so it throws naming it. */
export function columnsOf(schema: KqlTableSchema): KqlColumn[] {
  return schema.columns
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [name, type] = pair.split(':');
      if (!name || !type || !KUSTO_TYPES.has(type)) throw new Error(`${schema.name}: bad column "${pair}"`);
      return { name, type };
    });
}
