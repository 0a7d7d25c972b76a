// Microsoft Sentinel (KQL). String operators are case-insensitive by default (=~, startswith, contains) and have
// _cs forms; wildcards in the middle become `matches regex` (RE2, which has no lookaround or back-references).
import type { Leaf } from '../ir';
import type { FieldTarget } from '../pipelines';
import { flagPrefix, re2Unsupported, splitFlags } from '../regex';
import { numericText, shapeOf, wildcardRegex } from './shape';
import type { Backend, LeafContext, QueryField } from './types';

export function kqlString(text: string): string {
  return `"${text.replace(/[\\"\n\r\t]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\${c}`)}"`;
}

// Words KQL reads as its own: a column of that name is written in brackets.
const KEYWORDS = new Set(
  'and or not in has contains where extend project let set by on kind with between asc desc true false null type typeof bool boolean int long real double string datetime date timespan time dynamic guid uniqueid decimal'.split(
    ' ',
  ),
);

export function kqlName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name.toLowerCase());
  return plain ? name : `['${name.replace(/[\\']/g, (c) => `\\${c}`)}']`;
}

function numberText(value: number): string {
  return String(value);
}

const COMPARE = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function stringLeaf(f: string, leaf: Extract<Leaf, { type: 'string' }>): string {
  const shape = shapeOf(leaf.parts);
  const cs = leaf.cased ? '_cs' : '';
  switch (shape.kind) {
    case 'equals':
      return `${f} ${leaf.cased ? '==' : '=~'} ${kqlString(shape.text)}`;
    case 'startswith':
    case 'endswith':
    case 'contains':
      return `${f} ${shape.kind}${cs} ${kqlString(shape.text)}`;
    case 'any':
      return `isnotempty(${f})`;
    case 'pattern':
      return `${f} matches regex ${kqlString(wildcardRegex(shape.parts, leaf.cased))}`;
  }
}

/** A keyword: KQL's `*` stands for every column, with the same string operators a column takes. */
function keyword(leaf: Leaf, ctx: LeafContext): string | undefined {
  return kql.leaf(leaf, { ref: '*' }, ctx);
}

export const kql: Backend = {
  target: 'sentinel',
  and: 'and',
  or: 'or',
  not: (expr) => `not(${expr})`,
  group: (expr) => `(${expr})`,
  field: (target: FieldTarget) => target.expr ?? kqlName(target.name ?? ''),
  leaf(leaf, field, ctx) {
    if (!field) return keyword(leaf, ctx);
    const f = field.ref;
    switch (leaf.type) {
      case 'string':
        if (field.type === 'number' && numericText(leaf.parts) !== undefined)
          return `${f} == ${numericText(leaf.parts)}`;
        return stringLeaf(f, leaf);
      case 'number':
        // KQL refuses to compare a string column with a number: a field not known to be numeric is compared as text.
        return field.type === 'number'
          ? `${f} == ${numberText(leaf.value)}`
          : `tostring(${f}) == "${numberText(leaf.value)}"`;
      case 'boolean':
        return field.type === 'boolean' ? `${f} == ${leaf.value}` : `${f} =~ ${kqlString(String(leaf.value))}`;
      case 'null':
        return `isempty(${f})`;
      case 'exists':
        return leaf.value ? `isnotempty(${f})` : `isempty(${f})`;
      case 'compare':
        return field.type === 'number'
          ? `${f} ${COMPARE[leaf.op]} ${leaf.value}`
          : `todouble(${f}) ${COMPARE[leaf.op]} ${leaf.value}`;
      case 'cidr':
        return `ipv${leaf.family}_is_in_range(${f}, ${kqlString(leaf.cidr)})`;
      case 'regex': {
        const unsupported = re2Unsupported(leaf.source);
        if (unsupported) {
          ctx.gaps.error('REGEX_UNSUPPORTED', leaf.path, `KQL's regular expressions (RE2) have no ${unsupported}`);
          return undefined;
        }
        const { body, flags } = splitFlags(leaf.source, leaf.flags);
        return `${f} matches regex ${kqlString(flagPrefix(flags) + body)}`;
      }
      case 'fieldref': {
        const other = ctx.fieldOf(leaf.other, leaf.path).ref;
        const cs = leaf.cased ? '_cs' : '';
        if (leaf.position === 'equals') return `${f} ${leaf.cased ? '==' : '=~'} ${other}`;
        return `${f} ${leaf.position}${cs} ${other}`;
      }
    }
  },
  inList(field: QueryField, leaves) {
    const texts: string[] = [];
    for (const leaf of leaves) {
      if (leaf.type !== 'string') return undefined;
      const shape = shapeOf(leaf.parts);
      if (shape.kind !== 'equals') return undefined;
      texts.push(kqlString(shape.text));
    }
    const cased = leaves[0]?.type === 'string' && leaves[0].cased;
    return `${field.ref} ${cased ? 'in' : 'in~'} (${texts.join(', ')})`;
  },
  filter(field, values) {
    const literal = (v: string | number) => (typeof v === 'number' ? String(v) : kqlString(v));
    if (values.length === 1) return `${field.ref} == ${literal(values[0] as string | number)}`;
    return `${field.ref} in (${values.map(literal).join(', ')})`;
  },
  binds: true,
  query({ source, filters, condition, bindings }) {
    const table = source?.tables[0] ?? 'union *';
    const extend = bindings.length
      ? [`| extend ${bindings.map((b) => `${kqlName(b.name)} = ${b.expr}`).join(', ')}`]
      : [];
    return [table, ...filters.map((f) => `| where ${f}`), ...extend, `| where ${condition}`].join('\n');
  },
};
