// Sigma strings: `*` and `?` are wildcards, a backslash escapes `*`, `?` and itself, and any other backslash is
// literal (so Windows paths need no doubling). Patterns are compiled once into plain string operations where
// the shape allows it, because the matcher runs them for every event.

export const ANY: unique symbol = Symbol('*');
export const ONE: unique symbol = Symbol('?');
export type Part = string | typeof ANY | typeof ONE;

/** (raw, lower): the event value as it is and lowercased, so a value is lowercased once for many patterns. */
export type StringTest = (raw: string, lower: string) => boolean;

const ESCAPABLE = new Set(['*', '?', '\\']);

export function parseWildcards(text: string): Part[] {
  const parts: Part[] = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next !== undefined && ESCAPABLE.has(next)) {
        literal += next;
        i++;
      } else {
        literal += ch;
      }
    } else if (ch === '*' || ch === '?') {
      if (literal) parts.push(literal);
      literal = '';
      parts.push(ch === '*' ? ANY : ONE);
    } else {
      literal += ch;
    }
  }
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
  return parts
    .map((p) => (p === ANY ? '*' : p === ONE ? '?' : p.replace(/[\\*?]/g, (c) => `\\${c}`)))
    .join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`);
}

export function wildcardRegExp(parts: readonly Part[]): RegExp {
  const body = parts.map((p) => (p === ANY ? '.*' : p === ONE ? '.' : escapeRegExp(p))).join('');
  return new RegExp(`^${body}$`, 'su');
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
    const re = wildcardRegExp(parts);
    return (raw) => re.test(raw);
  }
  if (n === 1 && typeof a === 'string') return (_raw, lower) => lower === a;
  if (n === 2 && a === ANY && typeof b === 'string') return (_raw, lower) => lower.endsWith(b);
  if (n === 2 && typeof a === 'string' && b === ANY) return (_raw, lower) => lower.startsWith(a);
  if (n === 3 && a === ANY && typeof b === 'string' && c === ANY) return (_raw, lower) => lower.includes(b);
  const re = wildcardRegExp(parts);
  return (_raw, lower) => re.test(lower);
}
