// A rule the matcher cannot run. `path` holds YAML path segments (['detection', 'selection', 'Image|endswith', 2])
// so a validator can turn it into a line and column.
export type RulePath = ReadonlyArray<string | number>;

/** Every reason the matcher refuses a rule; the validator's compile check maps each to a finding (or to none). */
export type CompileErrorCode =
  | 'detection'
  | 'condition'
  | 'condition-syntax'
  | 'condition-reference'
  | 'aggregation'
  | 'search-type'
  | 'empty-search'
  | 'mixed-list'
  | 'empty-list'
  | 'keyword'
  | 'unknown-modifier'
  | 'modifier'
  | 'placeholder'
  | 'value-type'
  | 'wildcards'
  | 'regex'
  | 'regex-unsupported'
  | 'regex-size';

export class SigmaCompileError extends Error {
  readonly code: CompileErrorCode;
  readonly path: RulePath;

  constructor(code: CompileErrorCode, message: string, path: RulePath) {
    super(message);
    this.name = 'SigmaCompileError';
    this.code = code;
    this.path = path;
  }
}
