// Every problem found in a file says where: which file, which line and column (1-based), and a stable code.
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly code: string;

  constructor(code: string, message: string, where: SourceLocation) {
    super(message);
    this.name = 'SourceError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** `content/detections/x/rule.yml:12:3: message` — the form editors and terminals understand. */
  get where(): string {
    const pos = this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : '';
    return `${this.file}${pos}`;
  }

  override toString(): string {
    return `${this.where}: ${this.message}`;
  }
}
