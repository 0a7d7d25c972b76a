import { formatPath } from '../../text/yaml-path';
import { dedupeFindings, type Finding, finding, hasErrors, type Position, sortFindings } from '../findings';
import type { SigmaRule } from '../read/collection';
import { locate } from '../read/locate';
import { type ParseOptions, parseSigma } from '../read/parse';
import type { RawDocument } from '../read/yaml/load';
import { compileCheck } from './checks/compile';
import { conditionCheck } from './checks/condition';
import { identityCheck } from './checks/identity';
import { limitsCheck } from './checks/limits';
import { modifiersCheck } from './checks/modifiers';
import { schemaCheck } from './checks/schema';
import { tagsCheck } from './checks/tags';
import type { AttackTagCatalog, Check, CheckContext } from './checks/types';
import { loadRuleSchema, type SchemaValidator } from './schema-validator';

/** Every check, in the order their findings read best: shape first, then meaning, then whether the matcher runs it. */
export const CHECKS: readonly Check[] = [
  schemaCheck,
  limitsCheck,
  conditionCheck,
  modifiersCheck,
  identityCheck,
  tagsCheck,
  compileCheck,
];

export interface ValidateOptions extends ParseOptions {
  /** Shown in messages by callers; findings themselves carry only positions. */
  file?: string;
  /** Our ATT&CK catalog; without it tags are checked for form only. */
  catalog?: AttackTagCatalog;
  expectedTechniques?: readonly string[];
  /** `all` (default) reports every finding; `first-error` stops at the first error (a command line that needs only a verdict). */
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
    const ruleFindings = findings.length;
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
          if (!issue)
            throw new Error(`check '${check.name}' reported '${code}', which its issue table does not declare`);
          const where = at ?? locate(yaml, rule, path).position;
          findings.push(finding({ code, severity: issue.severity, path: formatPath(path), message, at: where }));
        },
        errorReportedAt(path) {
          const target = formatPath(path);
          return findings.slice(ruleFindings).some((f) => f.severity === 'error' && holds(f.path, target));
        },
      };
      try {
        check.run(ctx);
      } catch (error) {
        // A check must never turn bad input into an exception (parse.ts promises callers it does not); if one
        // does, the file gets an error that says so instead of the caller getting a crash.
        findings.push(internalFinding(check.name, error, locate(yaml, rule, []).position));
      }
      if (stopEarly && hasErrors(findings)) return done(findings);
    }
  }
  return done(findings);
}

/** Whether the YAML path `outer` is `inner` or one of the parts of the rule that hold it. */
function holds(outer: string, inner: string): boolean {
  return outer === '' || outer === inner || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}

function internalFinding(check: string, error: unknown, at: Position): Finding {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const message = `the '${check}' check failed on this rule (${reason}); the rule is refused because it could not be fully checked`;
  return finding({ code: 'INTERNAL', severity: 'error', path: '', message, at });
}

function upToFirstError(findings: readonly Finding[]): Finding[] {
  const first = findings.findIndex((f) => f.severity === 'error');
  return first === -1 ? [...findings] : findings.slice(0, first + 1);
}

/** Every code any check can report, with its severity and description: for documentation and tests. */
export function allIssues(
  checks: readonly Check[] = CHECKS,
): Array<{ check: string; code: string; severity: string; description: string }> {
  return checks.flatMap((check) =>
    Object.entries(check.issues).map(([code, issue]) => ({ check: check.name, code, ...issue })),
  );
}
