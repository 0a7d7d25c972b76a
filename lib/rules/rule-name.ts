import { isSlug } from '../slug';

// `/rules/<name>.yml`: a name is a detection slug or a Sigma rule id (a UUID). Anything else is not a rule,
// so no path trick (.., encoded slashes, NUL, backslashes) can ever reach a lookup, let alone the disk.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function ruleNameFromFile(file: string): string | null {
  if (!file.endsWith('.yml')) return null;
  const name = file.slice(0, -'.yml'.length);
  if (name.length > 200) return null;
  return isSlug(name) || UUID.test(name) ? name : null;
}
