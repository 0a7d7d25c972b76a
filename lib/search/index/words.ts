// The one notion of a word both databases share. SQLite's unicode61 tokenizer and the text PostgreSQL is given
// (normalised here first, so its parser never sees a host name or a path it would keep whole) both split on
// everything but letters and digits; a query is cut the same way, so `T1020.001`, `powershell.exe` and
// `C:\Tools\x.exe` are phrases of plain words on either database.

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The lower-case words of a text, in order. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(NOT_WORD).filter(Boolean);
}

/** Text with every run of non-word characters made one space: what PostgreSQL's to_tsvector is given. */
export function plainWords(text: string): string {
  return text.replace(NOT_WORD, ' ').trim();
}

/**
 * The parts of a CamelCase identifier (CreateAccessKey: Create Access Key), so an event or API name is also found by
 * its words; empty for a name with no inner capital.
 */
export function camelParts(name: string): string[] {
  const parts = name.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u).filter(Boolean);
  return parts.length > 1 ? parts : [];
}
