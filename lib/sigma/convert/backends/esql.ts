// Elastic ES|QL. `==`, LIKE, STARTS_WITH and RLIKE are case-sensitive, so Sigma's case-insensitive tests compare
// TO_LOWER(field) with the lowercased value. LIKE takes `*` and `?` as wildcards (backslash escapes them); RLIKE
// takes Lucene's regular expressions (regex.ts translates and says when it cannot).
import type { Leaf } from '../ir';
import type { FieldTarget } from '../pipelines';
import { toLucene } from '../regex';
import { mapPattern, numericText, shapeOf } from './shape';
import type { Backend, LeafContext, QueryField } from './types';

/** A string literal; triple quotes (no escapes inside) keep Windows paths and patterns readable when they can. */
export function esqlString(text: string): string {
  if (/[\\"]/.test(text) && !text.includes('"""') && !text.endsWith('"') && !/[\n\r]/.test(text))
    return `"""${text}"""`;
  const escaped = text.replace(/[\\"\n\r\t]/g, (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\${c}`);
  return `"${escaped}"`;
}

export function esqlName(name: string): string {
  return /^[A-Za-z_@][A-Za-z0-9_.@]*$/.test(name) && !name.endsWith('.') ? name : `\`${name.replace(/`/g, '``')}\``;
}

function likeLiteral(text: string): string {
  return text.replace(/[\\*?]/g, (c) => `\\${c}`);
}

const COMPARE = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

function stringLeaf(field: QueryField, leaf: Extract<Leaf, { type: 'string' }>): string {
  const shape = shapeOf(leaf.parts);
  const f = leaf.cased ? field.ref : `TO_LOWER(${field.ref})`;
  const v = (text: string) => (leaf.cased ? text : text.toLowerCase());
  switch (shape.kind) {
    case 'equals':
      return `${f} == ${esqlString(v(shape.text))}`;
    case 'startswith':
      return `STARTS_WITH(${f}, ${esqlString(v(shape.text))})`;
    case 'endswith':
      return `ENDS_WITH(${f}, ${esqlString(v(shape.text))})`;
    case 'contains':
      return `${f} LIKE ${esqlString(`*${likeLiteral(v(shape.text))}*`)}`;
    case 'any':
      return `${field.ref} IS NOT NULL`;
    case 'pattern':
      return `${f} LIKE ${esqlString(mapPattern(shape.parts, (t) => likeLiteral(v(t)), '*', '?'))}`;
  }
}

function keyword(leaf: Leaf, ctx: LeafContext): string | undefined {
  ctx.gaps.warn(
    'KEYWORD_FIELD',
    leaf.path,
    'keywords are searched in the message field (ES|QL has no search across every field of a document)',
  );
  return esql.leaf({ ...leaf, field: 'message' } as Leaf, { ref: 'message' }, ctx);
}

export const esql: Backend = {
  target: 'elastic',
  and: 'AND',
  or: 'OR',
  not: (expr, compound) => (compound ? `NOT (${expr})` : `NOT ${expr}`),
  group: (expr) => `(${expr})`,
  field: (target: FieldTarget) => target.expr ?? esqlName(target.name ?? ''),
  leaf(leaf, field, ctx) {
    if (!field) return keyword(leaf, ctx);
    const f = field.ref;
    switch (leaf.type) {
      case 'string':
        if (field.type === 'number' && numericText(leaf.parts) !== undefined)
          return `${f} == ${numericText(leaf.parts)}`;
        return stringLeaf(field, leaf);
      case 'number':
        return field.type === 'number' ? `${f} == ${leaf.value}` : `${f} == ${esqlString(String(leaf.value))}`;
      case 'boolean':
        return field.type === 'boolean' ? `${f} == ${leaf.value}` : `TO_LOWER(${f}) == "${leaf.value}"`;
      case 'null':
        return `${f} IS NULL`;
      case 'exists':
        return leaf.value ? `${f} IS NOT NULL` : `${f} IS NULL`;
      case 'compare':
        return field.type === 'number'
          ? `${f} ${COMPARE[leaf.op]} ${leaf.value}`
          : `TO_DOUBLE(${f}) ${COMPARE[leaf.op]} ${leaf.value}`;
      case 'cidr':
        return `CIDR_MATCH(TO_IP(${f}), ${esqlString(leaf.cidr)})`;
      case 'regex': {
        const lucene = toLucene(leaf.source, leaf.flags);
        if (!lucene.ok) {
          ctx.gaps.error(
            'REGEX_UNSUPPORTED',
            leaf.path,
            `ES|QL RLIKE (Lucene regular expressions) has no ${lucene.reason}`,
          );
          return undefined;
        }
        ctx.gaps.warn(
          'REGEX_TRANSLATED',
          leaf.path,
          'the regular expression was rewritten for Lucene (RLIKE matches the whole value; case-insensitivity and \\d \\w \\s became character classes)',
        );
        return `${f} RLIKE ${esqlString(lucene.pattern)}`;
      }
      case 'fieldref': {
        const other = ctx.fieldOf(leaf.other, leaf.path).ref;
        const a = leaf.cased ? f : `TO_LOWER(${f})`;
        const b = leaf.cased ? other : `TO_LOWER(${other})`;
        if (leaf.position === 'equals') return `${a} == ${b}`;
        if (leaf.position === 'startswith') return `STARTS_WITH(${a}, ${b})`;
        if (leaf.position === 'endswith') return `ENDS_WITH(${a}, ${b})`;
        return `LOCATE(${a}, ${b}) > 0`;
      }
    }
  },
  inList(field, leaves) {
    const texts: string[] = [];
    for (const leaf of leaves) {
      if (leaf.type !== 'string') return undefined;
      const shape = shapeOf(leaf.parts);
      if (shape.kind !== 'equals') return undefined;
      texts.push(esqlString(leaf.cased ? shape.text : shape.text.toLowerCase()));
    }
    const cased = leaves[0]?.type === 'string' && leaves[0].cased;
    return `${cased ? field.ref : `TO_LOWER(${field.ref})`} IN (${texts.join(', ')})`;
  },
  filter(field, values) {
    const literal = (v: string | number) => (typeof v === 'number' ? String(v) : esqlString(v));
    if (values.length === 1) return `${field.ref} == ${literal(values[0] as string | number)}`;
    return `${field.ref} IN (${values.map(literal).join(', ')})`;
  },
  query({ source, filters, condition, compound }) {
    const from = `FROM ${(source?.tables ?? ['logs-*']).join(', ')}`;
    const where = filters.length ? [...filters, compound ? `(${condition})` : condition].join(' AND ') : condition;
    return `${from}\n| WHERE ${where}`;
  },
};
