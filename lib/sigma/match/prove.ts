// A rule is "proven" by its samples: every attack sample must match and every benign look-alike must not.
// Runs here are bounded (budget.ts): an event over the budget, or a run out of time, throws MatchBudgetError.
import { DEFAULT_MATCH_BUDGET, type MatchBudget, MatchRun } from './budget';
import type { CompileOptions } from './compile';
import { type CompiledRule, compileRule, type Explanation, type SigmaRuleObject } from './match';

export interface Sample {
  key: string;
  expect: 'match' | 'miss';
  event: unknown;
}

export interface SampleResult {
  key: string;
  expect: 'match' | 'miss';
  matched: boolean;
  ok: boolean;
  /** Search identifiers that held, per document for multi-document rules (`selection`, or `2:selection`). */
  selections: Record<string, boolean>;
}

export interface ProofResult {
  attack: { matched: number; total: number };
  benign: { matched: number; total: number };
  results: SampleResult[];
}

/**
 * Explains an event against every document of a file: it matches when any document does. Selections are keyed
 * by name for a single document, and by `<document number>:<name>` when there are several.
 */
export function explainDocuments(compiled: readonly CompiledRule[], event: unknown): Explanation {
  let match = false;
  const selections: Array<[string, boolean]> = [];
  compiled.forEach((rule, index) => {
    const explained = rule.explain(event);
    match ||= explained.match;
    for (const [name, held] of Object.entries(explained.selections)) {
      selections.push([compiled.length === 1 ? name : `${index + 1}:${name}`, held]);
    }
  });
  // Built by fromEntries, not assignment, so a selection named `__proto__` stays a selection.
  return { match, selections: Object.fromEntries(selections) };
}

export interface RunOptions extends Omit<CompileOptions, 'meter'> {
  /** Defaults to DEFAULT_MATCH_BUDGET. */
  budget?: Readonly<MatchBudget>;
  /** Milliseconds, for the time limits; tests pass their own. */
  clock?: () => number;
}

/** The rule's documents compiled for one bounded run. */
function compileForRun(
  rules: readonly SigmaRuleObject[],
  options: RunOptions,
): { run: MatchRun; compiled: CompiledRule[] } {
  const { budget = DEFAULT_MATCH_BUDGET, clock, ...compileOptions } = options;
  const run = new MatchRun(budget, clock);
  return { run, compiled: rules.map((rule) => compileRule(rule, { ...compileOptions, meter: run })) };
}

/** Explains each event (`events[i]` is named `event i` in a budget error) against the merged documents of one file. */
export function explainEvents(
  rules: readonly SigmaRuleObject[],
  events: readonly unknown[],
  options: RunOptions = {},
): Explanation[] {
  const { run, compiled } = compileForRun(rules, options);
  return events.map((event, index) => {
    run.admit(event, `event ${index}`);
    return explainDocuments(compiled, event);
  });
}

/** `rules` are the merged documents of one file; an event matches when any of them matches. */
export function proveRule(
  rules: readonly SigmaRuleObject[],
  samples: readonly Sample[],
  options: RunOptions = {},
): ProofResult {
  const { run, compiled } = compileForRun(rules, options);
  const attack = { matched: 0, total: 0 };
  const benign = { matched: 0, total: 0 };
  const results = samples.map((sample): SampleResult => {
    run.admit(sample.event, `sample '${sample.key}'`);
    const { match: matched, selections } = explainDocuments(compiled, sample.event);
    const tally = sample.expect === 'match' ? attack : benign;
    tally.total++;
    if (matched) tally.matched++;
    return { key: sample.key, expect: sample.expect, matched, ok: matched === (sample.expect === 'match'), selections };
  });
  return { attack, benign, results };
}
