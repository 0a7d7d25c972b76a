/** A plain object as JSON or YAML produce it: not null, not an array. One definition for the whole library. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
