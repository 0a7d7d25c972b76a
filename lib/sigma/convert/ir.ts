// The rule as a boolean expression over field tests, independent of any SIEM: built once per rule, then written
// out by each backend. Leaves keep the YAML path they came from, so a gap points at the rule's text.
import type { RulePath } from '../match/compile-error';
import type { CompareOp, Position } from '../match/modifiers';
import type { Part } from '../match/wildcard';

export type LeafTest =
  /** Sigma wildcards already parsed: `*` and `?` are ANY and ONE, every string part is literal. */
  | { type: 'string'; parts: Part[]; cased: boolean }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'regex'; source: string; flags: string }
  | { type: 'cidr'; cidr: string; family: 4 | 6 }
  | { type: 'compare'; op: CompareOp; value: number }
  | { type: 'exists'; value: boolean }
  | { type: 'fieldref'; other: string; position: Position; cased: boolean };

/** One test; `field` is undefined for keywords, which search the whole event. */
export type Leaf = LeafTest & { field: string | undefined; path: RulePath };

export type Expr =
  | { kind: 'and' | 'or'; operands: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'leaf'; leaf: Leaf };

export function leaf(value: Leaf): Expr {
  return { kind: 'leaf', leaf: value };
}

/** `and`/`or` of the operands, nested nodes of the same kind flattened, a single operand returned as it is. */
export function join(kind: 'and' | 'or', operands: readonly Expr[]): Expr {
  const flat: Expr[] = [];
  for (const operand of operands) {
    if (operand.kind === kind) flat.push(...operand.operands);
    else flat.push(operand);
  }
  return flat.length === 1 ? (flat[0] as Expr) : { kind, operands: flat };
}

export function not(operand: Expr): Expr {
  return operand.kind === 'not' ? operand.operand : { kind: 'not', operand };
}

/** Every leaf of an expression, in reading order. */
export function leaves(expr: Expr): Leaf[] {
  const out: Leaf[] = [];
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop() as Expr;
    if (node.kind === 'leaf') out.push(node.leaf);
    else if (node.kind === 'not') stack.push(node.operand);
    else for (let i = node.operands.length - 1; i >= 0; i--) stack.push(node.operands[i] as Expr);
  }
  return out;
}
