import { SourceError } from '../errors';
import type { Position } from '../text/position';

export type Severity = 'error' | 'warning';

/** One problem in a Sigma file. `path` is a YAML path (`detection.selection.eventName`); line and column are 1-based. */
export interface Finding {
  code: string;
  severity: Severity;
  path: string;
  line: number;
  column: number;
  message: string;
}

export type { Position } from '../text/position';

/** Where a finding points; `path` uses the same notation as `Finding.path`. */
export interface FindingInput {
  code: string;
  severity: Severity;
  path: string;
  message: string;
  at: Position;
}

export function finding(input: FindingInput): Finding {
  return {
    code: input.code,
    severity: input.severity,
    path: input.path,
    line: input.at.line,
    column: input.at.column,
    message: input.message,
  };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Collections report the same global-document problem once per merged rule; a person wants it once. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.code}\u0000${f.path}\u0000${f.line}\u0000${f.column}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** The shared error type, for callers (content import) that stop at the first error. */
export function toSourceError(f: Finding, file: string): SourceError {
  const where = f.path ? `${f.path}: ` : '';
  return new SourceError(f.code, `${where}${f.message}`, { file, line: f.line, column: f.column });
}

/** `rule.yml:12:3: error CODE message`, the form editors and terminals understand. */
export function formatFinding(f: Finding, file: string): string {
  return `${file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}`;
}
