import { conditionCheck } from './checks/condition';
import { identityCheck } from './checks/identity';
import { modifiersCheck } from './checks/modifiers';
import { schemaCheck } from './checks/schema';
import { tagsCheck } from './checks/tags';
import type { AttackTagCatalog, Check, CheckContext } from './checks/types';
import type { SigmaRule } from './collection';
import { dedupeFindings, finding, hasErrors, sortFindings, type Finding } from './findings';
import { locate } from './locate';
import { parseSigma, type ParseOptions } from './parse';
import { loadRuleSchema, type SchemaValidator } from './schema-validator';
import type { RawDocument } from './yaml/load';
import { formatPath } from './yaml-path';

/** Every check, in the order their findings read best: shape first, then meaning. */
export const CHECKS: readonly Check[] = [schemaCheck, conditionCheck, modifiersCheck, identityCheck, tagsCheck];

export interface ValidateOptions extends ParseOptions {
  /** Shown in messages by callers; findings themselves carry only positions. */
  file?: string;
  /** Our ATT&CK catalog; without it tags are checked for form only. */
  catalog?: AttackTagCatalog;
  expectedTechniques?: readonly string[];
  /** `all` (default) reports every finding; `first-error` stops at the first error, as an import does. */
  mode?: 'all' | 'first-error';
  /** The JSON schema validator; defaults to the schema at SIGMA_SCHEMA_PATH or our own. */
  schema?: SchemaValidator;
  checks?: readonly Check[];
}

export interface ValidationResult {
  file: string;
  /** The rules of the file, collections merged, as parsed (also when they have findings). */
  rules: SigmaRule[];
  documents: RawDocument[];
  findings: Finding[];
  /** No errors (warnings allowed). */
  ok: boolean;
}

export function validateSigma(input: string | Uint8Array, options: ValidateOptions = {}): ValidationResult {
  const file = options.file ?? '<input>';
  const stopEarly = options.mode === 'first-error';
  const parsed = parseSigma(input, options);
  const done = (findings: Finding[]): ValidationResult => {
    const final = stopEarly ? upToFirstError(findings) : sortFindings(dedupeFindings(findings));
    return { file, rules: parsed.rules, documents: parsed.documents, findings: final, ok: !hasErrors(final) };
  };

  const findings = [...parsed.findings];
  if ((stopEarly && hasErrors(findings)) || !parsed.yaml) return done(findings);
  const yaml = parsed.yaml;
  const schema = options.schema ?? loadRuleSchema();

  for (const rule of parsed.rules) {
    for (const check of options.checks ?? CHECKS) {
      const ctx: CheckContext = {
        rule,
        yaml,
        schema,
        catalog: options.catalog,
        expectedTechniques: options.expectedTechniques,
        locate: (path) => locate(yaml, rule, path),
        report(code, path, message, at) {
          const issue = check.issues[code];
          if (!issue) throw new Error(`check '${check.name}' reported '${code}', which its issue table does not declare`);
          const where = at ?? locate(yaml, rule, path).position;
          findings.push(finding({ code, severity: issue.severity, path: formatPath(path), message, at: where }));
        },
      };
      check.run(ctx);
      if (stopEarly && hasErrors(findings)) return done(findings);
    }
  }
  return done(findings);
}

function upToFirstError(findings: readonly Finding[]): Finding[] {
  const first = findings.findIndex((f) => f.severity === 'error');
  return first === -1 ? [...findings] : findings.slice(0, first + 1);
}

/** Every code any check can report, with its severity and description: for documentation and tests. */
export function allIssues(checks: readonly Check[] = CHECKS): Array<{ check: string; code: string; severity: string; description: string }> {
  return checks.flatMap((check) => Object.entries(check.issues).map(([code, issue]) => ({ check: check.name, code, ...issue })));
}
