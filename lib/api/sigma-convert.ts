// POST /api/v1/sigma/convert: a posted rule to each SIEM's query with the gap report, as the browser editor's "Draft
// from Sigma" asks for it. Public and uncached like validation, with the same body limit: the converter reads the rule
// through the same bounded reader, and every finding carries the rule's line and column when it has one.
import { z } from 'zod';
import { type ConvertFinding, type ConvertResult, convertFile, TARGETS } from '../sigma/convert';
import type { Finding } from '../sigma/findings';
import { SIGMA_BODY_LIMIT } from './sigma-validate';

/** The rule is what the validator takes; the targets default to every SIEM. */
export const SIGMA_CONVERT_BODY_LIMIT = SIGMA_BODY_LIMIT;

export const sigmaConvertRequest = z
  .object({
    sigma: z.string(),
    targets: z.array(z.enum(TARGETS)).min(1).max(TARGETS.length).optional(),
  })
  .strict();

export interface ConvertFindingJson {
  code: string;
  severity: 'error' | 'warning';
  /** The YAML path of the part of the rule concerned; empty for the rule as a whole. */
  field: string;
  line: number | null;
  column: number | null;
  message: string;
}

function findingJson(f: ConvertFinding | Finding): ConvertFindingJson {
  return {
    code: f.code,
    severity: f.severity,
    field: f.path,
    line: f.line ?? null,
    column: f.column ?? null,
    message: f.message,
  };
}

function resultJson(r: ConvertResult) {
  return {
    target: r.target,
    language: r.language,
    ok: r.ok,
    query: r.query ?? null,
    findings: r.findings.map(findingJson),
    dataSources: r.dataSources,
    tables: r.tables,
    converterVersion: r.converterVersion,
  };
}

/** `{ ok, findings, rules: [{ index, id, title, results: [{ target, query, findings, ... }] }] }`. */
export function sigmaConvertAnswer(input: z.infer<typeof sigmaConvertRequest>) {
  const file = convertFile(input.sigma, input.targets ?? TARGETS, { maxBytes: SIGMA_CONVERT_BODY_LIMIT });
  const findings = file.findings.map(findingJson);
  const rules = file.rules.map((rule) => ({
    index: rule.index,
    id: rule.id ?? null,
    title: rule.title ?? null,
    results: rule.results.map(resultJson),
  }));
  const ok =
    !findings.some((f) => f.severity === 'error') &&
    rules.length > 0 &&
    rules.every((r) => r.results.every((x) => x.ok));
  return { ok, findings, rules };
}
