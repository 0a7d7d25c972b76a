import type { PathSegment } from '../../../text/yaml-path';
import type { YamlObject, YamlValue } from '../../read/yaml/load';
import { isRecord } from '../../record';

export function isObject(value: YamlValue | undefined): value is YamlObject {
  return isRecord(value);
}

export function valueAt(data: YamlValue, segments: readonly PathSegment[]): YamlValue | undefined {
  let current: YamlValue | undefined = data;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current)
      ? current[Number(segment)]
      : Object.hasOwn(current, String(segment))
        ? current[String(segment)]
        : undefined;
  }
  return current;
}

/** "a, b, c" or "a, b, c and 7 more", for messages that list what exists. */
export function listNames(names: readonly string[], max = 8): string {
  if (names.length === 0) return 'nothing';
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
