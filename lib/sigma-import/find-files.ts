import { findRuleFiles as findUnder } from '../sigma/cli/rule-files';

/**
 * @deprecated Use findRuleFiles from lib/sigma/cli/rule-files, the one walker `sigma validate` and `import:sigma`
 * share. Kept only for bench/sigma-import.ts, which still imports it; delete this file once that import moves.
 */
export function findRuleFiles(root: string): string[] {
  return findUnder([root]).files.map((f) => f.file);
}
