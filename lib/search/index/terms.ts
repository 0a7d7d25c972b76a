import { wordPairs, wordsOf } from './words';

// Each term is a phrase matched against the index; caps keep one request from becoming a huge query (each word of a
// phrase is a walk of its positions, and `a.b.c.d...` is one term of many very common words).
export const MAX_TERMS = 8;
export const MAX_WORDS = 16;
// A one-letter prefix matches most of the index and is not in FTS5's prefix indexes (2 and 3 letters): it is asked
// as the word itself.
const MIN_PREFIX = 2;

/** One whitespace-separated term of a query, as the words of a phrase (`T1020.001` is t1020 then 001). */
export type Term = readonly string[];

/** The distinct terms of q that hold a word at all (`"`, `AND(`, `-` hold none and are dropped). */
export function queryTerms(q: string): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  let room = MAX_WORDS;
  for (const raw of q.split(/\s+/)) {
    if (terms.length === MAX_TERMS || room === 0) break;
    const words = wordsOf(raw).slice(0, room);
    const key = words.join(' ');
    if (!words.length || seen.has(key)) continue;
    seen.add(key);
    terms.push(words);
    room -= words.length;
  }
  return terms;
}

/** Whether the last word of the last term is asked as a prefix. */
export function lastIsPrefix(terms: readonly Term[], prefix: boolean): boolean {
  const last = terms[terms.length - 1];
  return prefix && (last?.[last.length - 1]?.length ?? 0) >= MIN_PREFIX;
}

/**
 * SQLite FTS5 MATCH text: every term a quoted phrase (the words hold letters and digits only, so no quote or
 * operator of the user's reaches FTS5's syntax), all required; `prefix` makes the last word a prefix (as typed).
 */
export function ftsMatch(terms: readonly Term[], { prefix = false } = {}): string {
  const star = lastIsPrefix(terms, prefix);
  return terms.map((words, i) => `"${words.join(' ')}"${star && i === terms.length - 1 ? ' *' : ''}`).join(' AND ');
}

/**
 * PostgreSQL to_tsquery text: terms are all required (&); a term of several words is asked as its joined word pairs
 * (words.ts: the index answers them without reading a tsvector); `prefix` makes the last word a prefix (:*), `weight`
 * keeps to one weight (A: the title). Words are letters and digits only, so nothing of to_tsquery's syntax gets in.
 */
export function tsQuery(
  terms: readonly Term[],
  { prefix = false, weight = '' }: { prefix?: boolean; weight?: 'A' | '' } = {},
): string {
  const star = lastIsPrefix(terms, prefix);
  return terms
    .map((words, i) => {
      const last = star && i === terms.length - 1;
      const lexemes = words.length > 1 ? wordPairs(words) : [...words];
      const label = (w: string, isPrefix: boolean) => (isPrefix || weight ? `${w}:${isPrefix ? '*' : ''}${weight}` : w);
      const all = lexemes.map((w, j) => label(w, last && j === lexemes.length - 1)).join(' & ');
      return lexemes.length > 1 ? `(${all})` : all;
    })
    .join(' & ');
}
