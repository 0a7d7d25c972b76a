// JSON.parse keeps no positions, so an error finds its line by searching the raw text for the offending object's key.
import { SourceError } from '../errors';
import { positionAt } from '../text/position';

/** Line and column (1-based) of the first `"key": "value"` pair in the text, if the text and the pair are there. */
export function locate(text: string | undefined, key: string, value: string): { line?: number; column?: number } {
  if (text === undefined) return {};
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`"${escaped(key)}"\\s*:\\s*"${escaped(value)}"`).exec(text);
  if (!match) return {};
  return positionAt(text, match.index);
}

/** Builds the SourceError for one object: "<label>: <problem>", positioned at `"key": "value"` when found. */
export function objectError(
  code: string,
  file: string,
  text: string | undefined,
  label: string,
  problem: string,
  at?: { key: string; value: string },
): SourceError {
  const where = at ? locate(text, at.key, at.value) : {};
  return new SourceError(code, `${label}: ${problem}`, { file, ...where });
}

/** One-line description of zod issues: "path: message; path: message". */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(object)'}: ${i.message}`)
    .join('; ');
}
