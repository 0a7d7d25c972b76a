// Stage 2 of the Sigma pipeline: the official schema, then what a schema cannot say (condition references,
// modifiers, ATT&CK tags, limits), then whether the matcher can run the rule. Every finding is located.
// Callers outside lib/sigma use this file, never the modules behind it.
export type { AttackTagCatalog } from './checks/types';
export { allIssues, type ValidateOptions, type ValidationResult, validateSigma } from './validate';
