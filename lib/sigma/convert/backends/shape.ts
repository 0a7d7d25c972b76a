// What a Sigma string pattern is, in the terms query languages have operators for.
import { ANY, ONE, type Part } from '../../match/wildcard';
import { escapeRegex } from '../regex';

export type Shape =
  | { kind: 'equals' | 'startswith' | 'endswith' | 'contains'; text: string }
  /** `*` alone: any value, but the field must be there. */
  | { kind: 'any' }
  /** Wildcards in the middle, or `?`. */
  | { kind: 'pattern'; parts: Part[] };

/** Parts are normalized by the builder: neighbouring literals joined, `**` collapsed. */
export function shapeOf(parts: readonly Part[]): Shape {
  const [a, b, c] = parts;
  const n = parts.length;
  if (n === 0) return { kind: 'equals', text: '' };
  if (n === 1 && typeof a === 'string') return { kind: 'equals', text: a };
  if (n === 1 && a === ANY) return { kind: 'any' };
  if (n === 2 && typeof a === 'string' && b === ANY) return { kind: 'startswith', text: a };
  if (n === 2 && a === ANY && typeof b === 'string') return { kind: 'endswith', text: b };
  if (n === 3 && a === ANY && typeof b === 'string' && c === ANY) return { kind: 'contains', text: b };
  return { kind: 'pattern', parts: [...parts] };
}

/**
 * The pattern as a regular expression in the syntax PCRE, RE2 and Java share: `*` is `.*`, `?` is `.`, literals
 * escaped; anchored at both ends unless a `*` stands there (then the search needs no anchor). `(?s)` lets `*` and
 * `?` take line breaks, as Sigma's do; `(?i)` unless case counts.
 */
export function wildcardRegex(parts: readonly Part[], cased: boolean): string {
  const body = parts.map((p) => (p === ANY ? '.*' : p === ONE ? '.' : escapeRegex(p))).join('');
  const open = parts[0] === ANY ? body.slice(2) : `^${body}`;
  const closed = parts.length > 1 && parts[parts.length - 1] === ANY ? open.slice(0, -2) : `${open}$`;
  return `(?${cased ? '' : 'i'}s)${closed}`;
}

/** Literal parts through `map`, wildcards through `any`/`one`: for LIKE patterns and SPL search values. */
export function mapPattern(
  parts: readonly Part[],
  literal: (text: string) => string,
  any: string,
  one: string,
): string {
  return parts.map((p) => (p === ANY ? any : p === ONE ? one : literal(p))).join('');
}

/** The value as a number literal when it is one plain number (`4688` written as text), for numeric fields. */
export function numericText(parts: readonly Part[]): string | undefined {
  const [only] = parts;
  return parts.length === 1 && typeof only === 'string' && /^-?\d+(\.\d+)?$/.test(only) ? only : undefined;
}
