// Stage 3 of the Sigma pipeline: a validated rule compiled once into a predicate over JSON events, and the proof of
// a rule on its attack and benign samples. Callers outside lib/sigma use this file, never the modules behind it.
export type { CompileOptions } from './compile';
export { SigmaCompileError } from './compile-error';
export { type CompiledRule, compileRule, type Explanation, type SigmaRuleObject } from './match';
export { explainDocuments, type ProofResult, proveRule, type Sample, type SampleResult } from './prove';
