// Sigma strings: `*` and `?` are wildcards, a backslash escapes `*`, `?` and itself, and any other backslash is
// literal (so Windows paths need no doubling). Patterns are compiled once into plain string operations, because
// the matcher runs them for every event; never into regular expressions, which backtrack (see globTest).

export const ANY: unique symbol = Symbol('*');
export const ONE: unique symbol = Symbol('?');
export type Part = string | typeof ANY | typeof ONE;

/** (raw, lower): the event value as it is and lowercased, so a value is lowercased once for many patterns. */
export type StringTest = (raw: string, lower: string) => boolean;

const ESCAPABLE = new Set(['*', '?', '\\']);

/**
 * Wildcards all the values of one rule may hold together. Each costs a few microseconds to compile (parts, pieces,
 * segments); SigmaHQ's most is 144, and a 1 MiB value of `a*a*...` took 2 s to validate.
 */
export const MAX_RULE_WILDCARDS = 10_000;

/** `*` and `?` in a value as written, escaped or not: an upper bound, counted before anything is built. */
export function countWildcards(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2a || code === 0x3f) count++;
  }
  return count;
}

export function parseWildcards(text: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  // Runs of plain characters are copied in one slice, not a character at a time: values can be a megabyte long.
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined || !ESCAPABLE.has(next)) continue; // a lone backslash is literal
      literal += text.slice(runStart, i) + next;
      i++;
      runStart = i + 1;
    } else if (ch === '*' || ch === '?') {
      literal += text.slice(runStart, i);
      if (literal) parts.push(literal);
      literal = '';
      parts.push(ch === '*' ? ANY : ONE);
      runStart = i + 1;
    }
  }
  literal += text.slice(runStart);
  if (literal) parts.push(literal);
  return parts;
}

export function hasWildcards(parts: readonly Part[]): boolean {
  return parts.some((p) => typeof p !== 'string');
}

/** Joins neighbouring literals and collapses `**`, so the shapes below are recognised whatever built the parts. */
export function normalizeParts(parts: readonly Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (typeof part === 'string') {
      if (!part) continue;
      if (typeof last === 'string') out[out.length - 1] = last + part;
      else out.push(part);
    } else if (!(part === ANY && last === ANY)) {
      out.push(part);
    }
  }
  return out;
}

export function mapLiterals(parts: readonly Part[], map: (literal: string) => string): Part[] {
  return parts.map((p) => (typeof p === 'string' ? map(p) : p));
}

/** Back to Sigma notation, for messages and for encoders that need the plain text. */
export function formatParts(parts: readonly Part[]): string {
  return parts.map((p) => (p === ANY ? '*' : p === ONE ? '?' : p.replace(/[\\*?]/g, (c) => `\\${c}`))).join('');
}

type Piece = string | typeof ONE;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `?` is one character as a person counts them: a surrogate pair (an emoji) is one. */
function charLength(text: string, at: number): number {
  return isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1;
}

/** Not inside a surrogate pair, so a match never splits one character in two. */
function isBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !(isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1)));
}

/** Where `pieces` matched at `at` end, or -1. Deterministic: a literal and a `?` each take a fixed amount. */
function matchAt(text: string, at: number, pieces: readonly Piece[]): number {
  let pos = at;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (piece === ONE) {
      if (pos >= text.length) return -1;
      pos += charLength(text, pos);
    } else {
      if (!text.startsWith(piece, pos)) return -1;
      pos += piece.length;
    }
  }
  return pos;
}

/** The end of the leftmost match of `pieces` starting at or after `from`, or -1; literals are found by indexOf. */
function findFrom(text: string, from: number, pieces: readonly Piece[]): number {
  const head = pieces[0];
  for (let at = from; at <= text.length; at++) {
    if (typeof head === 'string') {
      at = text.indexOf(head, at);
      if (at === -1) return -1;
    }
    if (!isBoundary(text, at)) continue;
    const end = matchAt(text, at, pieces);
    if (end !== -1) return end;
  }
  return -1;
}

/**
 * A pattern with `*` in the middle, or with `?`, matched greedily without a regular expression: the part before
 * the first `*` must start the text, the part after the last `*` must end it, and each part in between is taken
 * at its leftmost place. Leftmost is always right, because whatever a later place could match, the `*` after the
 * part can take instead. Time is at most the text length times the pattern length (usually one indexOf per
 * part), where a backtracking `^.*a.*a.*b$` takes time that grows with the text length to the power of its stars.
 */
function globTest(parts: readonly Part[]): (text: string) => boolean {
  const segments: Piece[][] = [[]];
  for (const part of parts) {
    if (part === ANY) segments.push([]);
    else (segments[segments.length - 1] as Piece[]).push(part);
  }
  const first = segments[0] as Piece[];
  if (segments.length === 1) return (text) => matchAt(text, 0, first) === text.length;
  const middle = segments.slice(1, -1);
  const last = segments[segments.length - 1] as Piece[];
  // The last part is 1 or 2 code units per `?` long, so only a few places can end exactly at the end of the text.
  const fixed = last.reduce((n, p) => n + (p === ONE ? 1 : p.length), 0);
  const ones = last.filter((p) => p === ONE).length;
  return (text) => {
    let pos = matchAt(text, 0, first);
    if (pos === -1) return false;
    for (const pieces of middle) {
      pos = findFrom(text, pos, pieces);
      if (pos === -1) return false;
    }
    for (let at = Math.max(pos, text.length - fixed - ones); at <= text.length - fixed; at++) {
      if (isBoundary(text, at) && matchAt(text, at, last) === text.length) return true;
    }
    return false;
  };
}

export function compileWildcard(input: readonly Part[], cased: boolean): StringTest {
  const parts = normalizeParts(cased ? input : mapLiterals(input, (s) => s.toLowerCase()));
  const [a, b, c] = parts;
  const n = parts.length;
  if (n === 0) return (raw) => raw === '';
  if (n === 1 && a === ANY) return () => true;
  if (cased) {
    if (n === 1 && typeof a === 'string') return (raw) => raw === a;
    if (n === 2 && a === ANY && typeof b === 'string') return (raw) => raw.endsWith(b);
    if (n === 2 && typeof a === 'string' && b === ANY) return (raw) => raw.startsWith(a);
    if (n === 3 && a === ANY && typeof b === 'string' && c === ANY) return (raw) => raw.includes(b);
    const glob = globTest(parts);
    return (raw) => glob(raw);
  }
  if (n === 1 && typeof a === 'string') return (_raw, lower) => lower === a;
  if (n === 2 && a === ANY && typeof b === 'string') return (_raw, lower) => lower.endsWith(b);
  if (n === 2 && typeof a === 'string' && b === ANY) return (_raw, lower) => lower.startsWith(a);
  if (n === 3 && a === ANY && typeof b === 'string' && c === ANY) return (_raw, lower) => lower.includes(b);
  const glob = globTest(parts);
  return (_raw, lower) => glob(lower);
}
