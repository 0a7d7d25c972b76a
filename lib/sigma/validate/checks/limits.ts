// A detection far larger than any real rule is refused before the checks whose work grows with it (condition,
// modifiers, compile) look at it: real rules define a handful of search identifiers with a few fields each.

import type { PathSegment } from '../../../text/yaml-path';
import { searchIdentifiers } from '../../match/identifiers';
import type { YamlObject } from '../../read/yaml/load';
import { isObject } from './data';
import type { Check } from './types';

export const MAX_SEARCH_IDENTIFIERS = 1000;
export const MAX_MAP_KEYS = 1000;

interface Oversize {
  code: 'DETECTION_TOO_MANY_IDENTIFIERS' | 'DETECTION_MAP_TOO_LARGE';
  path: PathSegment[];
  message: string;
}

const measured = new WeakMap<YamlObject, readonly Oversize[]>();

/** What is too large in a detection, measured once per detection (each check asks). */
export function detectionOversize(detection: YamlObject): readonly Oversize[] {
  let found = measured.get(detection);
  if (found) return found;
  const out: Oversize[] = [];
  const names = searchIdentifiers(detection);
  if (names.length > MAX_SEARCH_IDENTIFIERS) {
    out.push({
      code: 'DETECTION_TOO_MANY_IDENTIFIERS',
      path: ['detection'],
      message: `detection defines ${names.length} search identifiers, more than the ${MAX_SEARCH_IDENTIFIERS} allowed; its condition, modifiers and values are not checked`,
    });
  }
  const measure = (map: YamlObject, path: PathSegment[]): void => {
    const keys = Object.keys(map).length;
    if (keys <= MAX_MAP_KEYS) return;
    out.push({
      code: 'DETECTION_MAP_TOO_LARGE',
      path,
      message: `search identifier has ${keys} fields in one map, more than the ${MAX_MAP_KEYS} allowed; the detection's condition, modifiers and values are not checked`,
    });
  };
  for (const name of names) {
    const value = detection[name];
    if (isObject(value)) measure(value, ['detection', name]);
    else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) if (isObject(item)) measure(item, ['detection', name, i]);
    }
  }
  found = out;
  measured.set(detection, found);
  return found;
}

/** True when the expensive checks must leave this detection alone (the limits check has said why). */
export function tooLargeToCheck(detection: YamlObject): boolean {
  return detectionOversize(detection).length > 0;
}

export const limitsCheck: Check = {
  name: 'limits',
  issues: {
    DETECTION_TOO_MANY_IDENTIFIERS: {
      severity: 'error',
      description: `detection defines more than ${MAX_SEARCH_IDENTIFIERS} search identifiers (then the condition and values are not checked)`,
    },
    DETECTION_MAP_TOO_LARGE: {
      severity: 'error',
      description: `a search identifier's map has more than ${MAX_MAP_KEYS} fields (then the condition and values are not checked)`,
    },
  },
  run(ctx) {
    const detection = ctx.rule.data.detection;
    if (!isObject(detection)) return;
    for (const problem of detectionOversize(detection)) ctx.report(problem.code, problem.path, problem.message);
  },
};
