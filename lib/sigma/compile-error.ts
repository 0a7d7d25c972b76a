// A rule the matcher cannot run. `path` holds YAML path segments (['detection', 'selection', 'Image|endswith', 2])
// so a validator can turn it into a line and column.
export type RulePath = ReadonlyArray<string | number>;

export class SigmaCompileError extends Error {
  readonly code: string;
  readonly path: RulePath;

  constructor(code: string, message: string, path: RulePath) {
    super(message);
    this.name = 'SigmaCompileError';
    this.code = code;
    this.path = path;
  }
}
