// A rule is "proven" by its samples: every attack sample must match and every benign look-alike must not.
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

/** `rules` are the merged documents of one file; an event matches when any of them matches. */
export function proveRule(
  rules: readonly SigmaRuleObject[],
  samples: readonly Sample[],
  options: CompileOptions = {},
): ProofResult {
  const compiled = rules.map((rule) => compileRule(rule, options));
  const attack = { matched: 0, total: 0 };
  const benign = { matched: 0, total: 0 };
  const results = samples.map((sample): SampleResult => {
    const { match: matched, selections } = explainDocuments(compiled, sample.event);
    const tally = sample.expect === 'match' ? attack : benign;
    tally.total++;
    if (matched) tally.matched++;
    return { key: sample.key, expect: sample.expect, matched, ok: matched === (sample.expect === 'match'), selections };
  });
  return { attack, benign, results };
}
