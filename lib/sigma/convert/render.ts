// Writes the expression of ir.ts with one backend: operators from its token table, leaves by its functions, and
// string tests of one field joined by `or` written as one list test where the language has one.

import { ANY, normalizeParts, type Part } from '../match/wildcard';
import type { Backend, LeafContext, QueryField } from './backends/types';
import { asHeld } from './held-values';
import type { Expr, Leaf } from './ir';

type FieldOf = (leaf: Leaf) => QueryField | undefined;

/**
 * A test on a field that is only found inside a larger text (a payload) looks for the value anywhere in it. In a
 * `words` field that text is the words joined with a space between and around them, so the value is tied to whole
 * words: a space before a value that starts a word and after one that ends it (` 777 `, ` --cpu*`).
 */
function within(leaf: Leaf, field: QueryField | undefined): Leaf {
  if (!field?.within) return leaf;
  const pad = field.words ? ' ' : '';
  if (leaf.type === 'string') {
    const parts = normalizeParts(leaf.parts);
    const head = pad && parts[0] !== ANY ? [pad] : [];
    const tail = pad && parts[parts.length - 1] !== ANY ? [pad] : [];
    return { ...leaf, parts: normalizeParts([ANY, ...head, ...parts, ...tail, ANY]) };
  }
  if (leaf.type === 'number' || leaf.type === 'boolean') {
    const parts: Part[] = [ANY, `${pad}${leaf.value}${pad}`, ANY];
    return { field: leaf.field, path: leaf.path, type: 'string', parts, cased: false };
  }
  return leaf;
}

/** One test, the same whatever wrote it, to drop a repeat (res: [failed, 0] both become `failure`). */
function leafKey(leaf: Leaf): string {
  return JSON.stringify(leaf, (key, value) =>
    key === 'path' ? undefined : typeof value === 'symbol' ? value.toString() : value,
  );
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
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
          const group = unique(
            item.map((leaf) => within(asHeld(leaf, field, ctx), field)),
            leafKey,
          );
          const list = field && group.length > 1 && backend.inList ? backend.inList(field, group, ctx) : undefined;
          if (list !== undefined) parts.push(list);
          else for (const leaf of group) parts.push(backend.leaf(leaf, field, ctx) ?? '');
        }
        // A test written twice (two Sigma values the SIEM writes the same way) is written once: A or A is A.
        const distinct = unique(parts, (part) => part);
        const joined = distinct.join(` ${node.kind === 'and' ? backend.and : backend.or} `);
        return nested && distinct.length > 1 ? backend.group(joined) : joined;
      }
    }
  };
  return write(expr, false);
}
