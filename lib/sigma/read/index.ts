// Stage 1 of the Sigma pipeline: bytes -> YAML documents -> rules (collections merged), with positions kept.
// Untrusted input is bounded here (size, nesting, aliases, documents) before anything costly runs on it.
// Callers outside lib/sigma use this file, never the modules behind it.
export { DEFAULT_MAX_BYTES, sizeLimitFinding } from './bytes';
export type { SigmaRule } from './collection';
export { type Located, locate } from './locate';
export { type ParsedSigma, type ParseOptions, parseSigma } from './parse';
export { type FoundRuleFiles, findRuleFiles, type RuleFile } from './rule-files';
export { MAX_NESTING, MAX_YAML_TOKENS } from './yaml/guard';
export type { RawDocument, YamlObject, YamlValue } from './yaml/load';
