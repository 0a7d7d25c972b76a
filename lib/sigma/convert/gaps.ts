// Collects the findings of one conversion: each said once, with the rule's position when the caller can give it.
import { formatPath } from '../../text/yaml-path';
import type { RulePath } from '../match/compile-error';
import type { ErrorCode, WarningCode } from './codes';
import type { ConvertFinding, ConvertOptions } from './types';

export class Gaps {
  readonly findings: ConvertFinding[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly locate: ConvertOptions['locate']) {}

  error(code: ErrorCode, path: RulePath, message: string): void {
    this.add('error', code, path, message);
  }

  warn(code: WarningCode, path: RulePath, message: string): void {
    this.add('warning', code, path, message);
  }

  get failed(): boolean {
    return this.findings.some((f) => f.severity === 'error');
  }

  private add(severity: ConvertFinding['severity'], code: string, path: RulePath, message: string): void {
    const key = `${severity}\u0000${code}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const at = this.locate?.(path);
    const where = formatPath(path);
    this.findings.push({ code, severity, path: where, message, ...(at ? { line: at.line, column: at.column } : {}) });
  }
}
