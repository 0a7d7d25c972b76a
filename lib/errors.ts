// Every problem found in a file says where: which file, which line and column (1-based), and a stable code.
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly code: string;

  constructor(code: string, message: string, where: SourceLocation) {
    super(message);
    // One code style for every error and finding (CONDITION_SYNTAX, MISSING_FILE): stable for tools and tests.
    if (!CODE.test(code)) throw new Error(`SourceError code '${code}' is not UPPER_SNAKE_CASE`);
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
