// Splunk SPL. The search command compares field values case-insensitively and knows `*` but no single-character
// wildcard and no way to write a literal `*`; `where` (eval) compares case-sensitively. A rule whose tests all fit
// the search command is written there; otherwise the whole condition goes into `| where`, with lower() and
// match() regular expressions (PCRE) doing what Sigma means.
import { ONE } from '../../match/wildcard';
import type { Leaf } from '../ir';
import type { FieldTarget } from '../pipelines';
import { flagPrefix, splitFlags } from '../regex';
import { mapPattern, shapeOf, wildcardRegex } from './shape';
import type { Backend, LeafContext, QueryField } from './types';

export function splString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const SEARCH_FIELD = /^[A-Za-z0-9_.\-:{}@]+$/;

function whereName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

function searchable(leaf: Leaf, field: FieldTarget | undefined): boolean {
  if (field && (field.expr !== undefined || !SEARCH_FIELD.test(field.name ?? ''))) return false;
  switch (leaf.type) {
    case 'string':
      return !leaf.cased && !leaf.parts.some((p) => p === ONE || (typeof p === 'string' && p.includes('*')));
    case 'regex':
    case 'fieldref':
      return false;
    default:
      return field !== undefined;
  }
}

const COMPARE = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function searchValue(leaf: Extract<Leaf, { type: 'string' }>): string {
  const text = mapPattern(leaf.parts, (t) => t.replace(/[\\"]/g, (c) => `\\${c}`), '*', '?');
  return `"${text}"`;
}

function searchLeaf(leaf: Leaf, f: string | undefined): string {
  if (f === undefined) {
    // A keyword: a term of the raw event, which the search command matches case-insensitively.
    return leaf.type === 'string' ? searchValue(leaf) : splString(String((leaf as { value?: unknown }).value));
  }
  switch (leaf.type) {
    case 'string':
      return shapeOf(leaf.parts).kind === 'any' ? `${f}=*` : `${f}=${searchValue(leaf)}`;
    case 'number':
      return `${f}=${leaf.value}`;
    case 'boolean':
      return `${f}="${leaf.value}"`;
    case 'null':
      return `NOT ${f}=*`;
    case 'exists':
      return leaf.value ? `${f}=*` : `NOT ${f}=*`;
    case 'compare':
      return `${f}${COMPARE[leaf.op]}${leaf.value}`;
    case 'cidr':
      return `${f}=${splString(leaf.cidr)}`;
    default:
      return '';
  }
}

function whereLeaf(leaf: Leaf, f: string, ctx: LeafContext): string | undefined {
  switch (leaf.type) {
    case 'string': {
      const shape = shapeOf(leaf.parts);
      if (shape.kind === 'any') return `isnotnull(${f})`;
      if (shape.kind === 'equals') {
        return leaf.cased ? `${f}==${splString(shape.text)}` : `lower(${f})==${splString(shape.text.toLowerCase())}`;
      }
      return `match(${f}, ${splString(wildcardRegex(leaf.parts, leaf.cased))})`;
    }
    case 'number':
      return `${f}==${leaf.value}`;
    case 'boolean':
      return `lower(${f})=="${leaf.value}"`;
    case 'null':
      return `isnull(${f})`;
    case 'exists':
      return leaf.value ? `isnotnull(${f})` : `isnull(${f})`;
    case 'compare':
      return `tonumber(${f})${COMPARE[leaf.op]}${leaf.value}`;
    case 'cidr':
      return `cidrmatch(${splString(leaf.cidr)}, ${f})`;
    case 'regex': {
      const { body, flags } = splitFlags(leaf.source, leaf.flags);
      return `match(${f}, ${splString(flagPrefix(flags) + body)})`;
    }
    case 'fieldref': {
      const other = ctx.fieldOf(leaf.other, leaf.path).ref;
      const a = leaf.cased ? f : `lower(${f})`;
      const b = leaf.cased ? other : `lower(${other})`;
      if (leaf.position === 'equals') return `${a}==${b}`;
      if (leaf.position === 'startswith') return `substr(${a}, 1, len(${b}))==${b}`;
      if (leaf.position === 'endswith') return `substr(${a}, -len(${b}))==${b}`;
      ctx.gaps.error('FIELDREF_POSITION', leaf.path, 'SPL has no plain way to test whether one field contains another');
      return undefined;
    }
  }
}

export const spl: Backend = {
  target: 'splunk',
  and: 'AND',
  or: 'OR',
  not: (expr, compound) => (compound ? `NOT (${expr})` : `NOT ${expr}`),
  group: (expr) => `(${expr})`,
  field: (target: FieldTarget, mode) =>
    target.expr ?? (mode === 'where' ? whereName(target.name ?? '') : (target.name ?? '')),
  mode: (leaves, fieldOf) => (leaves.every((leaf) => searchable(leaf, fieldOf(leaf))) ? 'search' : 'where'),
  leaf(leaf, field: QueryField | undefined, ctx) {
    if (ctx.mode === 'search') return searchLeaf(leaf, field?.ref);
    return whereLeaf(leaf, field?.ref ?? '_raw', ctx);
  },
  inList(field, leaves, ctx) {
    if (ctx.mode !== 'search') return undefined;
    const values: string[] = [];
    for (const leaf of leaves) {
      if (leaf.type !== 'string' || shapeOf(leaf.parts).kind === 'any') return undefined;
      values.push(searchValue(leaf));
    }
    return `${field.ref} IN (${values.join(', ')})`;
  },
  filter(field, values) {
    const literal = (v: string | number) => (typeof v === 'number' ? String(v) : splString(v));
    if (values.length === 1) return `${field.ref}=${literal(values[0] as string | number)}`;
    return `${field.ref} IN (${values.map(literal).join(', ')})`;
  },
  query({ filters, condition, compound, mode }) {
    const base = filters.length ? filters.join(' ') : 'index=*';
    if (mode === 'where') return `${base}\n| where ${condition}`;
    return `${base} ${compound ? `(${condition})` : condition}`;
  },
};
