// Stage 4 of the Sigma pipeline: a rule to AQL, SPL, KQL or ES|QL with a gap report (what could not be expressed,
// what was approximated, which data sources and tables the query needs). Callers outside lib/sigma use this file.
export { CONVERT_CODES, type ConvertCode } from './codes';
export { convertPrepared, convertRule, type PreparedRule, prepareRule } from './convert';
export { type CoverageReport, coverageReport, formatCoverage, type TargetCoverage } from './coverage';
export { type ConvertedFile, type ConvertedRule, convertFile } from './file';
export { type Leaf, leaves } from './ir';
export type { FieldTarget, LogSourcePipeline } from './pipelines';
export { choosePipeline, mapField, PIPELINES } from './pipelines';
export {
  type ConvertFinding,
  type ConvertOptions,
  type ConvertResult,
  isTarget,
  LANGUAGES,
  TARGETS,
  type Target,
} from './types';
export { CONVERTER_VERSION } from './version';
