// Helpers shared by the checkers' tests: where the first finding is, and that a query passes.
import { expect } from 'vitest';
import { checkQuery, type QueryPlatform } from './index';

/** The query passes every check (no errors, no warnings); the findings are shown when it does not. */
export function expectClean(platform: QueryPlatform, text: string): void {
  expect(checkQuery(platform, text)).toEqual([]);
}

/** The first finding is an error with `code` at `line:column` whose message contains `message`. */
export function expectErrorAt(
  platform: QueryPlatform,
  text: string,
  where: { line: number; column: number; code: string; message?: string },
): void {
  const [first] = checkQuery(platform, text);
  expect(first).toMatchObject({ severity: 'error', line: where.line, column: where.column, code: where.code });
  if (where.message) expect(first?.message).toContain(where.message);
}
