// Field names in rules reach into nested JSON: `protoPayload.methodName`. Logs also carry flat keys that contain
// dots (`userIdentity.arn` as one key), so at each level the longest dotted key present wins, and the walk
// backs off to shorter keys when a longer one leads nowhere. Arrays met on the way are walked element by element.
import { isRecord } from '../record';

/** `undefined` means the field is absent; an array means several values were found (any may match). */
export type FieldResolver = (event: unknown) => unknown;

export function compileFieldPath(field: string): FieldResolver {
  const segments = field.split('.');
  if (segments.length === 1) {
    // Only keys that Object.prototype also has (`constructor`, `toString`) need the slower own-property check.
    if (field in Object.prototype)
      return (event) => (isRecord(event) && Object.hasOwn(event, field) ? event[field] : undefined);
    return (event) => (isRecord(event) ? event[field] : undefined);
  }
  // keys[start][end] is segments start..end-1 joined by dots, built once so the walk allocates nothing.
  const keys = segments.map((_, start) => segments.map((__, end) => segments.slice(start, end + 1).join('.')));
  const count = segments.length;

  const walk = (node: unknown, start: number): unknown => {
    if (Array.isArray(node)) return collect(node, start);
    if (!isRecord(node)) return undefined;
    for (let end = count - 1; end >= start; end--) {
      const key = keys[start]?.[end] as string;
      if (!Object.hasOwn(node, key)) continue;
      const child = node[key];
      if (end === count - 1) return child;
      const found = walk(child, end + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };

  const collect = (items: unknown[], start: number): unknown => {
    const found: unknown[] = [];
    for (const item of items) {
      const value = walk(item, start);
      if (value === undefined) continue;
      if (Array.isArray(value)) found.push(...value);
      else found.push(value);
    }
    return found.length ? found : undefined;
  };

  return (event) => walk(event, 0);
}

/** Every scalar in the event, at any depth, for keyword searches; stops at the first that passes. */
export function someScalar(node: unknown, test: (value: string | number | boolean) => boolean): boolean {
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return test(node);
  if (Array.isArray(node)) {
    for (const item of node) if (someScalar(item, test)) return true;
    return false;
  }
  if (isRecord(node)) {
    for (const key in node) if (Object.hasOwn(node, key) && someScalar(node[key], test)) return true;
  }
  return false;
}
