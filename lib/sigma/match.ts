// A Sigma rule compiled once into a predicate over JSON events: `matches` short-circuits for speed, `explain`
// evaluates every search identifier so a person can see which ones held.
import { compileSearch, type CompileOptions, type EventPredicate } from './compile';
import { SigmaCompileError } from './compile-error';
import { ConditionSyntaxError, parseCondition, type ConditionNode } from './condition';
import { IdentifierSelector, searchIdentifiers, THEM } from './identifiers';
import { isRecord } from './record';

/** One parsed (and, for multi-document files, merged) Sigma rule document. */
export type SigmaRuleObject = Record<string, unknown>;

export interface Explanation {
  match: boolean;
  /** Which search identifiers held, in the order the rule defines them. */
  selections: Record<string, boolean>;
}

export interface CompiledRule {
  readonly searchNames: readonly string[];
  matches(event: unknown): boolean;
  explain(event: unknown): Explanation;
}

function namesFor(node: Extract<ConditionNode, { kind: 'quantified' }>, selector: IdentifierSelector, index: number): readonly string[] {
  const chosen = selector.select(node.pattern);
  if (chosen.length === 0) {
    const what = node.pattern === THEM ? 'them' : `'${node.pattern}'`;
    throw new SigmaCompileError('condition-reference', `${what} matches no search identifier`, ['detection', 'condition', index]);
  }
  return chosen;
}

type Leaf = (name: string) => EventPredicate;

function compileNode(node: ConditionNode, names: IdentifierSelector, leaf: Leaf, index: number): EventPredicate {
  switch (node.kind) {
    case 'and': {
      const left = compileNode(node.left, names, leaf, index);
      const right = compileNode(node.right, names, leaf, index);
      return (event) => left(event) && right(event);
    }
    case 'or': {
      const left = compileNode(node.left, names, leaf, index);
      const right = compileNode(node.right, names, leaf, index);
      return (event) => left(event) || right(event);
    }
    case 'not': {
      const operand = compileNode(node.operand, names, leaf, index);
      return (event) => !operand(event);
    }
    case 'ref':
      if (!names.has(node.name)) {
        throw new SigmaCompileError('condition-reference', `condition names '${node.name}', which is not defined`, [
          'detection',
          'condition',
          index,
        ]);
      }
      return leaf(node.name);
    case 'quantified': {
      const parts = namesFor(node, names, index).map(leaf);
      if (parts.length === 1) return parts[0] as EventPredicate;
      if (node.quantifier === 'all') {
        return (event) => {
          for (let i = 0; i < parts.length; i++) if (!(parts[i] as EventPredicate)(event)) return false;
          return true;
        };
      }
      return (event) => {
        for (let i = 0; i < parts.length; i++) if ((parts[i] as EventPredicate)(event)) return true;
        return false;
      };
    }
  }
}

function parseConditions(detection: Record<string, unknown>): ConditionNode[] {
  const written = detection.condition;
  const list = Array.isArray(written) ? written : [written];
  if (written === undefined || list.length === 0) {
    throw new SigmaCompileError('condition', 'detection has no condition', ['detection']);
  }
  return list.map((text, i) => {
    const path = Array.isArray(written) ? ['detection', 'condition', i] : ['detection', 'condition'];
    if (typeof text !== 'string') throw new SigmaCompileError('condition', 'a condition must be text', path);
    let parsed;
    try {
      parsed = parseCondition(text);
    } catch (error) {
      if (!(error instanceof ConditionSyntaxError)) throw error;
      throw new SigmaCompileError('condition-syntax', `${error.message} (at character ${error.offset + 1})`, path);
    }
    if (parsed.aggregation) {
      throw new SigmaCompileError(
        'aggregation',
        `'| ${parsed.aggregation.text}' aggregates many events; single events cannot be matched against it (use a correlation rule)`,
        path,
      );
    }
    return parsed.ast;
  });
}

export function compileRule(rule: SigmaRuleObject, options: CompileOptions = {}): CompiledRule {
  const detection = rule.detection;
  if (!isRecord(detection)) throw new SigmaCompileError('detection', 'the rule has no detection map', ['detection']);
  const searchNames = searchIdentifiers(detection);
  const searches = new Map<string, EventPredicate>();
  for (const name of searchNames) searches.set(name, compileSearch(detection[name], ['detection', name], options));
  const asts = parseConditions(detection);

  const direct = (name: string): EventPredicate => searches.get(name) as EventPredicate;
  const selector = new IdentifierSelector(searchNames);
  const conditions = asts.map((ast, i) => compileNode(ast, selector, direct, i));
  const matches: EventPredicate =
    conditions.length === 1 ? (conditions[0] as EventPredicate) : (event) => conditions.some((c) => c(event));

  // explain() fills `current` first, then evaluates the same condition over the stored results.
  let current: Record<string, boolean> = {};
  const stored = (name: string): EventPredicate => () => current[name] === true;
  const replay = asts.map((ast, i) => compileNode(ast, selector, stored, i));

  return {
    searchNames,
    matches,
    explain(event) {
      const selections: Record<string, boolean> = {};
      for (const [name, predicate] of searches) selections[name] = predicate(event);
      current = selections;
      return { match: replay.some((c) => c(event)), selections };
    },
  };
}
