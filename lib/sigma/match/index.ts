// Stage 3 of the Sigma pipeline: a validated rule compiled once into a predicate over JSON events, and the proof of
// a rule on its attack and benign samples. Callers outside lib/sigma use this file, never the modules behind it.
export {
  type BudgetLimit,
  DEFAULT_MATCH_BUDGET,
  MAX_EVENT_BYTES,
  MAX_EVENT_DEPTH,
  MAX_EVENT_MILLIS,
  MAX_RUN_BYTES,
  MAX_RUN_MILLIS,
  type MatchBudget,
  MatchBudgetError,
  MatchRun,
} from './budget';
export type { CompileOptions } from './compile';
export { SigmaCompileError } from './compile-error';
export { type CompiledRule, compileRule, type Explanation, type SigmaRuleObject } from './match';
export {
  explainDocuments,
  explainEvents,
  type ProofResult,
  proveRule,
  type RunOptions,
  type Sample,
  type SampleResult,
} from './prove';
export { MAX_REGEX_INPUT, MAX_REGEX_SIZE, MAX_RULE_REGEX_SIZE, MAX_RULE_REGEXES } from './regex';
