// A Sigma rule compiled once into a predicate over JSON events: `matches` short-circuits for speed, `explain`
// evaluates every search identifier so a person can see which ones held.

import { isRecord } from '../record';
import { type CompileOptions, compileSearch, type EventPredicate, ruleContext } from './compile';
import { type RulePath, SigmaCompileError } from './compile-error';
import { type ConditionNode, ConditionSyntaxError, parseCondition } from './condition';
import { IdentifierSelector, searchIdentifiers, THEM } from './identifiers';
import { rawFieldsFor } from './raw-fields';

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

function namesFor(
  node: Extract<ConditionNode, { kind: 'quantified' }>,
  selector: IdentifierSelector,
  path: RulePath,
): readonly string[] {
  const chosen = selector.select(node.pattern);
  if (chosen.length === 0) {
    const what = node.pattern === THEM ? 'them' : `'${node.pattern}'`;
    throw new SigmaCompileError('condition-reference', `${what} matches no search identifier`, path);
  }
  return chosen;
}

type Leaf = (name: string) => EventPredicate;

function every(parts: readonly EventPredicate[]): EventPredicate {
  if (parts.length === 1) return parts[0] as EventPredicate;
  return (event) => {
    for (let i = 0; i < parts.length; i++) if (!(parts[i] as EventPredicate)(event)) return false;
    return true;
  };
}

function some(parts: readonly EventPredicate[]): EventPredicate {
  if (parts.length === 1) return parts[0] as EventPredicate;
  return (event) => {
    for (let i = 0; i < parts.length; i++) if ((parts[i] as EventPredicate)(event)) return true;
    return false;
  };
}

/**
 * One condition as a predicate. The parser bounds the nesting of parentheses and `not`s, and writes a chain of
 * `and`s or `or`s as one node, so this recursion is shallow whatever the length of the condition. `1 of x*` and
 * `all of x*` are built once per distinct pattern, however often the condition repeats them.
 */
function compileCondition({ ast, path }: WrittenCondition, names: IdentifierSelector, leaf: Leaf): EventPredicate {
  const quantified = new Map<string, EventPredicate>();
  const compile = (node: ConditionNode): EventPredicate => {
    switch (node.kind) {
      case 'and':
        return every(node.operands.map(compile));
      case 'or':
        return some(node.operands.map(compile));
      case 'not': {
        const operand = compile(node.operand);
        return (event) => !operand(event);
      }
      case 'ref':
        if (!names.has(node.name)) {
          throw new SigmaCompileError(
            'condition-reference',
            `condition names '${node.name}', which is not defined`,
            path,
          );
        }
        return leaf(node.name);
      case 'quantified': {
        const key = `${node.quantifier} ${node.pattern}`;
        let predicate = quantified.get(key);
        if (!predicate) {
          const parts = namesFor(node, names, path).map(leaf);
          predicate = node.quantifier === 'all' ? every(parts) : some(parts);
          quantified.set(key, predicate);
        }
        return predicate;
      }
    }
  };
  return compile(ast);
}

interface WrittenCondition {
  ast: ConditionNode;
  /** Where it is written: `detection.condition`, or one entry of a Sigma 1.0 list of conditions. */
  path: RulePath;
}

function parseConditions(detection: Record<string, unknown>): WrittenCondition[] {
  const written = detection.condition;
  const list = Array.isArray(written) ? written : [written];
  if (written === undefined || list.length === 0) {
    throw new SigmaCompileError('condition', 'detection has no condition', ['detection', 'condition']);
  }
  return list.map((text, i) => {
    const path = Array.isArray(written) ? ['detection', 'condition', i] : ['detection', 'condition'];
    if (typeof text !== 'string') throw new SigmaCompileError('condition', 'a condition must be text', path);
    let parsed: ReturnType<typeof parseCondition>;
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
    return { ast: parsed.ast, path };
  });
}

function detectionOf(rule: SigmaRuleObject): Record<string, unknown> {
  const detection = rule.detection;
  if (!isRecord(detection)) throw new SigmaCompileError('detection', 'the rule has no detection map', ['detection']);
  return detection;
}

/**
 * Every reason compileRule would refuse the rule, found by the same steps: one per search identifier that does not
 * compile, then the conditions'. Empty exactly when compileRule succeeds; compileRule throws the first of these.
 */
export function compileProblems(rule: SigmaRuleObject, options: CompileOptions = {}): SigmaCompileError[] {
  const problems: SigmaCompileError[] = [];
  const attempt = <T>(step: () => T): T | undefined => {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof SigmaCompileError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const detection = attempt(() => detectionOf(rule));
  if (!detection) return problems;
  const searchNames = searchIdentifiers(detection);
  const context = ruleContext({ rawFields: rawFieldsFor(rule.logsource), ...options });
  for (const name of searchNames) attempt(() => compileSearch(detection[name], ['detection', name], context));
  const written = attempt(() => parseConditions(detection));
  const selector = new IdentifierSelector(searchNames);
  const never: Leaf = () => () => false;
  for (const condition of written ?? []) attempt(() => compileCondition(condition, selector, never));
  return problems;
}

export function compileRule(rule: SigmaRuleObject, options: CompileOptions = {}): CompiledRule {
  const detection = detectionOf(rule);
  const searchNames = searchIdentifiers(detection);
  const searches = new Map<string, EventPredicate>();
  const context = ruleContext({ rawFields: rawFieldsFor(rule.logsource), ...options });
  for (const name of searchNames) searches.set(name, compileSearch(detection[name], ['detection', name], context));
  const asts = parseConditions(detection);

  const direct = (name: string): EventPredicate => searches.get(name) as EventPredicate;
  const selector = new IdentifierSelector(searchNames);
  const conditions = asts.map((written) => compileCondition(written, selector, direct));
  const matches: EventPredicate =
    conditions.length === 1 ? (conditions[0] as EventPredicate) : (event) => conditions.some((c) => c(event));

  // explain() fills `current` first, then evaluates the same condition over the stored results. A Map, because
  // identifiers are the rule's names: `__proto__` or `constructor` must be looked up as themselves.
  let current: ReadonlyMap<string, boolean> = new Map();
  const stored =
    (name: string): EventPredicate =>
    () =>
      current.get(name) === true;
  const replay = asts.map((written) => compileCondition(written, selector, stored));

  return {
    searchNames,
    matches,
    explain(event) {
      const held = new Map<string, boolean>();
      for (const [name, predicate] of searches) held.set(name, predicate(event));
      current = held;
      // fromEntries defines own properties, so even a selection named `__proto__` is listed as itself.
      return { match: replay.some((c) => c(event)), selections: Object.fromEntries(held) };
    },
  };
}
