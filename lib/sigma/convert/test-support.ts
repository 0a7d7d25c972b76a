// Helpers for the converter's tests: a detection written inline, converted for one target.
import { parse } from 'yaml';
import { convertRule } from './convert';
import type { ConvertResult, Target } from './types';

/** A logsource no pipeline knows: the query keeps Sigma's field names and searches every source. */
export const NO_PIPELINE = { product: 'tripline-test' };

/** Converts a detection written inline (its lines unindented) as the `detection` of a rule with this logsource. */
export function convertDetection(
  target: Target,
  detection: string,
  logsource: Record<string, string> = NO_PIPELINE,
  placeholders?: Record<string, string | string[]>,
): ConvertResult {
  const rule = { logsource, detection: parse(detection) as unknown };
  return convertRule(rule, target, placeholders ? { placeholders } : {});
}

/** The query, or the error codes (`error CODE`) when there is none. */
export function queryOrErrors(result: ConvertResult): string {
  if (result.ok) return result.query ?? '';
  return result.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `error ${f.code}`)
    .join(', ');
}

/** Warning and error codes, in order, for short assertions. */
export function codes(result: ConvertResult): string[] {
  return result.findings.map((f) => `${f.severity} ${f.code}`);
}
