// IBM QRadar AQL. Strings are ANSI SQL literals (a quote is doubled, a backslash is itself). `=` and LIKE are
// case-sensitive: Sigma's default is LOWER(field) = 'value' and ILIKE. LIKE has no escape for its wildcards % and
// _, so a value holding one is matched with IMATCHES (a regular expression) instead.
import type { Leaf } from '../ir';
import type { FieldTarget } from '../pipelines';
import { flagPrefix, splitFlags } from '../regex';
import { mapPattern, numericText, shapeOf, wildcardRegex } from './shape';
import type { Backend, LeafContext, QueryField } from './types';

export function aqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Built-in columns are written bare; properties (names with spaces, custom properties) in double quotes. */
export function aqlName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

const COMPARE = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function regexTest(f: string, pattern: string, insensitive: boolean): string {
  return `${f} ${insensitive ? 'IMATCHES' : 'MATCHES'} ${aqlString(pattern)}`;
}

function stringLeaf(f: string, leaf: Extract<Leaf, { type: 'string' }>): string {
  const shape = shapeOf(leaf.parts);
  if (shape.kind === 'any') return `${f} IS NOT NULL`;
  if (shape.kind === 'equals') {
    return leaf.cased ? `${f} = ${aqlString(shape.text)}` : `LOWER(${f}) = ${aqlString(shape.text.toLowerCase())}`;
  }
  const literals = leaf.parts.filter((p): p is string => typeof p === 'string');
  if (literals.some((t) => /[%_]/.test(t))) {
    // (?is) is already in the pattern when case does not count; MATCHES then is enough.
    return regexTest(f, wildcardRegex(leaf.parts, leaf.cased), false);
  }
  const like = mapPattern(leaf.parts, (t) => t, '%', '_');
  return `${f} ${leaf.cased ? 'LIKE' : 'ILIKE'} ${aqlString(like)}`;
}

function keyword(leaf: Leaf, ctx: LeafContext): string | undefined {
  return aql.leaf(leaf, { ref: 'UTF8(payload)' }, ctx);
}

export const aql: Backend = {
  target: 'qradar',
  and: 'AND',
  or: 'OR',
  not: (expr, compound) => (compound ? `NOT (${expr})` : `NOT ${expr}`),
  group: (expr) => `(${expr})`,
  field: (target: FieldTarget) => target.expr ?? aqlName(target.name ?? ''),
  leaf(leaf, field, ctx) {
    if (!field) return keyword(leaf, ctx);
    const f = field.ref;
    switch (leaf.type) {
      case 'string':
        if (field.type === 'number' && numericText(leaf.parts) !== undefined)
          return `${f} = ${numericText(leaf.parts)}`;
        return stringLeaf(f, leaf);
      case 'number':
        return `${f} = ${leaf.value}`;
      case 'boolean':
        return `LOWER(${f}) = '${leaf.value}'`;
      case 'null':
        return `${f} IS NULL`;
      case 'exists':
        return leaf.value ? `${f} IS NOT NULL` : `${f} IS NULL`;
      case 'compare':
        return `${f} ${COMPARE[leaf.op]} ${leaf.value}`;
      case 'cidr':
        return `INCIDR(${aqlString(leaf.cidr)}, ${f})`;
      case 'regex': {
        const { body, flags } = splitFlags(leaf.source, leaf.flags);
        const other = flags.replace('i', '');
        return regexTest(f, flagPrefix(other) + body, flags.includes('i'));
      }
      case 'fieldref': {
        const other = ctx.fieldOf(leaf.other, leaf.path).ref;
        if (leaf.position !== 'equals') {
          ctx.gaps.error(
            'FIELDREF_POSITION',
            leaf.path,
            `AQL has no way to test whether one field ${leaf.position} another`,
          );
          return undefined;
        }
        return leaf.cased ? `${f} = ${other}` : `LOWER(${f}) = LOWER(${other})`;
      }
    }
  },
  inList(field: QueryField, leaves) {
    const texts: string[] = [];
    for (const leaf of leaves) {
      if (leaf.type !== 'string') return undefined;
      const shape = shapeOf(leaf.parts);
      if (shape.kind !== 'equals') return undefined;
      texts.push(aqlString(leaf.cased ? shape.text : shape.text.toLowerCase()));
    }
    const cased = leaves[0]?.type === 'string' && leaves[0].cased;
    return `${cased ? field.ref : `LOWER(${field.ref})`} IN (${texts.join(', ')})`;
  },
  filter(field, values) {
    const literal = (v: string | number) => (typeof v === 'number' ? String(v) : aqlString(v));
    if (values.length === 1) return `${field.ref} = ${literal(values[0] as string | number)}`;
    return `${field.ref} IN (${values.map(literal).join(', ')})`;
  },
  query({ filters, condition, compound }) {
    const where = filters.length ? [...filters, compound ? `(${condition})` : condition].join(' AND ') : condition;
    return `SELECT * FROM events WHERE ${where}`;
  },
};
