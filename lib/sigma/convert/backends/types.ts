// A backend is mostly a table of tokens and a few functions that write one test in its language.
import type { Gaps } from '../gaps';
import type { Leaf } from '../ir';
import type { FieldTarget, TargetSource } from '../pipelines';
import type { Target } from '../types';

/** A field as the query will reference it. */
export interface QueryField {
  /** The reference as written in the query (quoted as the language needs). */
  ref: string;
  type?: FieldTarget['type'];
  /** The value is looked for inside this text (FieldTarget.within). */
  within?: boolean;
  /** The value's words are kept apart, in no set order (FieldTarget.words). */
  words?: boolean;
  /** Sigma values the SIEM writes differently (FieldTarget.values). */
  values?: FieldTarget['values'];
}

export interface LeafContext {
  gaps: Gaps;
  /** Backend-specific mode chosen for the whole query (Splunk: 'search' or 'where'). */
  mode: string;
  /** Another field of the event as the query references it (for `|fieldref`). */
  fieldOf(name: string, path: Leaf['path']): QueryField;
}

export interface Backend {
  target: Target;
  and: string;
  or: string;
  /** `compound`: the operand is an and/or, which needs parentheses unless the syntax gives them. */
  not(expr: string, compound: boolean): string;
  group(expr: string): string;
  /** The reference for a mapped field (a name is quoted as needed; an expression is written as it is). */
  field(target: FieldTarget, mode: string): string;
  /** One test; undefined when it cannot be written (the reason is reported to ctx.gaps). */
  leaf(leaf: Leaf, field: QueryField | undefined, ctx: LeafContext): string | undefined;
  /** Several string tests of one field joined by `or`, as one list test; undefined when the language has none. */
  inList?(field: QueryField, leaves: readonly Leaf[], ctx: LeafContext): string | undefined;
  /** The mode for the whole query, from its leaves (most backends have one). */
  mode?(leaves: readonly Leaf[], fieldOf: (leaf: Leaf) => FieldTarget | undefined): string;
  /** A source filter (exact values). */
  filter(field: QueryField, values: ReadonlyArray<string | number>): string;
  /** Whether field expressions are computed once as named columns (`bindings`) instead of written at each test. */
  binds?: boolean;
  /** The whole query around the condition. */
  query(parts: QueryParts): string;
}

export interface QueryParts {
  source: TargetSource | undefined;
  filters: readonly string[];
  condition: string;
  /** The condition is an `or`, which needs parentheses next to the filters. */
  compound: boolean;
  mode: string;
  /** Columns computed from field expressions, for backends that bind them. */
  bindings: ReadonlyArray<{ name: string; expr: string }>;
}
