// Writes the expression of ir.ts with one backend: operators from its token table, leaves by its functions, and
// string tests of one field joined by `or` written as one list test where the language has one.

import type { Backend, LeafContext, QueryField } from './backends/types';
import type { Expr, Leaf } from './ir';

type FieldOf = (leaf: Leaf) => QueryField | undefined;

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
      case 'leaf':
        return backend.leaf(node.leaf, fieldOf(node.leaf), ctx) ?? '';
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
          const first = item[0] as Leaf;
          const field = item.length > 1 ? fieldOf(first) : undefined;
          const list = field && backend.inList ? backend.inList(field, item, ctx) : undefined;
          if (list !== undefined) parts.push(list);
          else for (const leaf of item) parts.push(backend.leaf(leaf, fieldOf(leaf), ctx) ?? '');
        }
        const joined = parts.join(` ${node.kind === 'and' ? backend.and : backend.or} `);
        return nested && parts.length > 1 ? backend.group(joined) : joined;
      }
    }
  };
  return write(expr, false);
}
