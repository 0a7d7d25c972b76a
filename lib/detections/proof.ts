// A rule is proven by its samples: every attack sample must match (the rule it names, when the file holds several)
// and no rule of the file may match a benign look-alike. Computed once, when a detection is written; pages read it.
import { z } from 'zod';
import { type CompiledRule, compileRule, DEFAULT_MATCH_BUDGET, type MatchBudget, MatchRun } from '../sigma/match';
import { parseSigma, type SigmaRule } from '../sigma/read';
import type { Expectation } from '../vocabulary';

export interface ProofSample {
  key: string;
  expect: Expectation;
  /** The id of the rule this sample is for; any rule of the file when absent. */
  rule?: string;
  event: unknown;
}

export interface SampleProof {
  key: string;
  expect: Expectation;
  rule?: string;
  matched: boolean;
  ok: boolean;
  /** Which search identifiers held, per rule when the file holds several (`<rule id>:selection`). */
  selections: Record<string, boolean>;
}

export interface ProofSummary {
  ok: boolean;
  /** Why the rule could not be run, when it could not (an imported rule the matcher cannot evaluate). */
  error?: string;
  attack: { matched: number; total: number };
  benign: { matched: number; total: number };
  results: SampleProof[];
}

const NONE = { matched: 0, total: 0 };
export const UNPROVEN: ProofSummary = { ok: false, attack: NONE, benign: NONE, results: [] };

/** Runs the rule file over the samples; a rule that cannot run is reported in the summary, never thrown. */
export function proveSamples(sigma: string, samples: readonly ProofSample[]): ProofSummary {
  if (samples.length === 0) return UNPROVEN;
  try {
    return runProof(parseSigma(sigma).rules, samples);
  } catch (error) {
    return { ...UNPROVEN, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The proof of parsed rules within a match budget (sigma/match's MatchRun): throws what stops it, a rule the
 * matcher cannot run (SigmaCompileError) or a sample over the budget (MatchBudgetError), for callers that answer
 * each differently (the editor's API).
 */
export function runProof(
  parsed: readonly SigmaRule[],
  samples: readonly ProofSample[],
  budget: Readonly<MatchBudget> = DEFAULT_MATCH_BUDGET,
  clock?: () => number,
): ProofSummary {
  const run = new MatchRun(budget, clock);
  const rules = parsed.map((r) => ({
    id: typeof r.data.id === 'string' ? r.data.id.toLowerCase() : `#${r.index + 1}`,
    compiled: compileRule(r.data, { meter: run }),
  }));
  const attack = { matched: 0, total: 0 };
  const benign = { matched: 0, total: 0 };
  const results = samples.map((sample): SampleProof => {
    run.admit(sample.event, `sample '${sample.key}'`);
    const { matched, selections } = judge(rules, sample);
    const tally = sample.expect === 'match' ? attack : benign;
    tally.total++;
    if (matched) tally.matched++;
    const ok = matched === (sample.expect === 'match');
    return {
      key: sample.key,
      expect: sample.expect,
      ...(sample.rule ? { rule: sample.rule } : {}),
      matched,
      ok,
      selections,
    };
  });
  return { ok: attack.total > 0 && results.every((r) => r.ok), attack, benign, results };
}

function judge(
  rules: ReadonlyArray<{ id: string; compiled: CompiledRule }>,
  sample: ProofSample,
): { matched: boolean; selections: Record<string, boolean> } {
  const wanted = sample.rule?.toLowerCase();
  // An attack sample proves the rule it names; a look-alike must pass every rule of the file unnoticed.
  const judged = wanted && sample.expect === 'match' ? rules.filter((r) => r.id === wanted) : rules;
  const selections: Array<[string, boolean]> = [];
  let matched = false;
  for (const rule of judged) {
    const explained = rule.compiled.explain(sample.event);
    matched ||= explained.match;
    for (const [name, held] of Object.entries(explained.selections)) {
      selections.push([rules.length === 1 ? name : `${rule.id}:${name}`, held]);
    }
  }
  // fromEntries, so a selection named `__proto__` stays a selection.
  return { matched, selections: Object.fromEntries(selections) };
}

/** Stored proofs are read back through this schema: a row written by an older version reads as unproven. */
const storedSchema = z.object({
  ok: z.boolean(),
  error: z.string().optional(),
  attack: z.object({ matched: z.number(), total: z.number() }),
  benign: z.object({ matched: z.number(), total: z.number() }),
  results: z.array(
    z.object({
      key: z.string(),
      expect: z.enum(['match', 'miss']),
      rule: z.string().optional(),
      matched: z.boolean(),
      ok: z.boolean(),
      selections: z.record(z.string(), z.boolean()),
    }),
  ),
});

export function storedProof(value: unknown): ProofSummary {
  const parsed = storedSchema.safeParse(value);
  return parsed.success ? parsed.data : UNPROVEN;
}
