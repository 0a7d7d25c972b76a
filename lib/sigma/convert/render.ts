// Writes the expression of ir.ts with one backend: operators from its token table, leaves by its functions, and
// string tests of one field joined by `or` written as one list test where the language has one.

import { ANY, normalizeParts } from '../match/wildcard';
import type { Backend, LeafContext, QueryField } from './backends/types';
import { asHeld } from './held-values';
import type { Expr, Leaf } from './ir';

type FieldOf = (leaf: Leaf) => QueryField | undefined;

/** A test on a field that is only found inside a larger text (a payload) looks for the value anywhere in it. */
function within(leaf: Leaf, field: QueryField | undefined): Leaf {
  if (!field?.within) return leaf;
  if (leaf.type === 'string') return { ...leaf, parts: normalizeParts([ANY, ...leaf.parts, ANY]) };
  if (leaf.type === 'number' || leaf.type === 'boolean') {
    return { field: leaf.field, path: leaf.path, type: 'string', parts: [ANY, String(leaf.value), ANY], cased: false };
  }
  return leaf;
}

/** Or-operands that are string tests of the same field (and case rule), gathered at the first one's place. */
function listGroups(operands: readonly Expr[]): Array<Expr | Leaf[]> {
  const out: Array<Expr | Leaf[]> = [];
  const groups = new Map<string, Leaf[]>();
  for (const operand of operands) {
    const leaf = operand.kind === 'leaf' ? operand.leaf : undefined;
    if (leaf?.type !== 'string' || leaf.field === undefined) {
      out.push(operand);
      continue;
    }
    const key = `${leaf.field}\u0000${leaf.cased}`;
    const group = groups.get(key);
    if (group) group.push(leaf);
    else {
      const created = [leaf];
      groups.set(key, created);
      out.push(created);
    }
  }
  return out;
}

export function renderExpr(expr: Expr, backend: Backend, fieldOf: FieldOf, ctx: LeafContext): string {
  const write = (node: Expr, nested: boolean): string => {
    switch (node.kind) {
      case 'leaf': {
        const field = fieldOf(node.leaf);
        return backend.leaf(within(asHeld(node.leaf, field, ctx), field), field, ctx) ?? '';
      }
      case 'not':
        return backend.not(write(node.operand, false), node.operand.kind === 'and' || node.operand.kind === 'or');
      case 'and':
      case 'or': {
        const parts: string[] = [];
        const items = node.kind === 'or' && backend.inList ? listGroups(node.operands) : node.operands;
        for (const item of items) {
          if (!Array.isArray(item)) {
            parts.push(write(item, true));
            continue;
          }
          const field = fieldOf(item[0] as Leaf);
          const group = item.map((leaf) => within(asHeld(leaf, field, ctx), field));
          const list = field && group.length > 1 && backend.inList ? backend.inList(field, group, ctx) : undefined;
          if (list !== undefined) parts.push(list);
          else for (const leaf of group) parts.push(backend.leaf(leaf, field, ctx) ?? '');
        }
        const joined = parts.join(` ${node.kind === 'and' ? backend.and : backend.or} `);
        return nested && parts.length > 1 ? backend.group(joined) : joined;
      }
    }
  };
  return write(expr, false);
}
