// What is wrong with a detection document, said where: `field` is a path into the document (`sigma`, `techniques[0]`,
// `variants[1].query`), and line and column point inside that field's text when it is text (1/1 otherwise).
// The write API answers with these (422); the content import turns them into file:line:column.

export interface DocumentFinding {
  code: string;
  severity: 'error' | 'warning';
  field: string;
  line: number;
  column: number;
  message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

/** `variants[1].query` from ['variants', 1, 'query']. */
export function fieldName(path: FieldPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

export function documentFinding(
  code: string,
  field: FieldPath,
  message: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
  severity: DocumentFinding['severity'] = 'error',
): DocumentFinding {
  return { code, severity, field: fieldName(field), line: at.line, column: at.column, message };
}

export function hasErrors(findings: readonly DocumentFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
