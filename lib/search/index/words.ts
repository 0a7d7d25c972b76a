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

// PostgreSQL's GIN index knows which lexemes a row holds, not where, so a phrase (`T1059.001` is t1059 then 001) is
// checked against each candidate's whole tsvector: out of line, a read and a decompression a row. The text PostgreSQL
// indexes therefore also holds each pair of neighbouring words of one token, joined (t1059zqz001), and a term of
// several words is asked as its pairs, which the index answers alone. The joiner is letters no word holds in practice;
// PostgreSQL's parser keeps a joined pair one token.
const PAIR_JOINER = 'zqz';

/** The joined neighbours of a term's words: [t1059, 001] gives [t1059zqz001]. */
export function wordPairs(words: readonly string[]): string[] {
  return words.slice(1).map((w, i) => `${words[i]}${PAIR_JOINER}${w}`);
}

/** What PostgreSQL's to_tsvector is given: the plain words, then every token's joined word pairs. */
export function indexedWords(text: string): string {
  const pairs = text.split(/\s+/).flatMap((token) => wordPairs(wordsOf(token)));
  return pairs.length ? `${plainWords(text)} ${pairs.join(' ')}` : plainWords(text);
}
