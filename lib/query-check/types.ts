// What every checker returns: a problem in a query, where it is (1-based line and column), and a stable code.
import { positionAt } from '../text/position';

export type QueryPlatform = 'qradar' | 'splunk' | 'sentinel' | 'elastic';

export type QuerySeverity = 'error' | 'warning';

export interface QueryFinding {
  /** Stable code: the Kusto service's own (`KS142`) for KQL, `esql-*`, `aql-*`, `spl-*` for ours. */
  code: string;
  severity: QuerySeverity;
  line: number;
  column: number;
  message: string;
}

export interface CheckOptions {
  /**
   * KQL only: also analyse names against the declared Sentinel schemas (unknown tables, columns, functions are
   * errors). Default true; false checks syntax alone, for queries over tables we do not declare.
   */
  semantic?: boolean;
}

/** A finding at a UTF-16 offset into `text`. */
export function findingAt(
  text: string,
  offset: number,
  code: string,
  message: string,
  severity: QuerySeverity = 'error',
): QueryFinding {
  const { line, column } = positionAt(text, offset);
  return { code, severity, line, column, message };
}

/** Findings in reading order, so callers and tests see the first problem first. */
export function sortFindings(findings: QueryFinding[]): QueryFinding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
