// POST /api/v1/sigma/validate: the findings on a rule, as the browser editor shows them while a person types.
// Public and uncached: the rule is validated against our own ATT&CK catalog, every finding located.
import { z } from 'zod';
import { loadAttackCatalog } from '../attack/catalog';
import type { Finding } from '../sigma/findings';
import { type ValidationResult, validateSigma } from '../sigma/validate';

/** A rule a person edits is a few KB; SigmaHQ's largest (295 KB of driver hashes) is not one to type. */
export const SIGMA_BODY_LIMIT = 256 * 1024;

export const sigmaValidateRequest = z.object({ sigma: z.string() }).strict();

export interface FindingJson {
  code: string;
  severity: Finding['severity'];
  /** The YAML path (`detection.selection.CommandLine|re`); empty for the file as a whole. */
  field: string;
  line: number;
  column: number;
  message: string;
}

export function findingJson(f: Finding): FindingJson {
  return { code: f.code, severity: f.severity, field: f.path, line: f.line, column: f.column, message: f.message };
}

/** Validates a posted rule as the content import does: our catalog, and no larger than a body may be. */
export function validatePostedRule(sigma: string): ValidationResult {
  return validateSigma(sigma, { catalog: loadAttackCatalog(), maxBytes: SIGMA_BODY_LIMIT });
}

export function sigmaValidateAnswer(input: z.infer<typeof sigmaValidateRequest>) {
  const result = validatePostedRule(input.sigma);
  return { ok: result.ok, rules: result.rules.length, findings: result.findings.map(findingJson) };
}
