import { isScalar } from 'yaml';
import type { PathSegment } from '../../../text/yaml-path';
import { yamlPositionAt } from '../../../text/yaml-positions';
import type { Position } from '../../findings';
import { searchIdentifiers } from '../../match/identifiers';
import { KNOWN_MODIFIERS } from '../../match/modifiers';
import type { YamlObject, YamlValue } from '../../read/yaml/load';
import { isObject } from './data';
import { tooLargeToCheck } from './limits';
import { closest } from './suggest';
import type { Check, CheckContext } from './types';

export const modifiersCheck: Check = {
  name: 'modifiers',
  issues: {
    MODIFIER_UNKNOWN: {
      severity: 'error',
      description: "a field uses a value modifier Sigma does not define ('contians')",
    },
    MODIFIER_EMPTY: {
      severity: 'error',
      description: "a field name has an empty modifier ('Field||contains' or a trailing '|')",
    },
    MODIFIER_ALL_SINGLE_VALUE: {
      severity: 'warning',
      description: "'all' on a single value changes nothing; the Sigma spec disallows it",
    },
  },
  run(ctx) {
    const detection = ctx.rule.data.detection;
    if (!isObject(detection) || tooLargeToCheck(detection)) return;
    for (const name of searchIdentifiers(detection)) {
      const value = detection[name];
      if (isObject(value)) checkMap(ctx, value, ['detection', name]);
      else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (isObject(item)) checkMap(ctx, item, ['detection', name, i]);
        });
      }
    }
  },
};

function checkMap(ctx: CheckContext, map: YamlObject, base: readonly PathSegment[]): void {
  for (const [key, value] of Object.entries(map)) {
    const [field = '', ...modifiers] = key.split('|');
    const path = [...base, key];
    let offset = field.length + 1;
    for (const modifier of modifiers) {
      const where = keyPosition(ctx, path, offset);
      const fieldName = field || '(keywords)';
      if (modifier === '') {
        ctx.report('MODIFIER_EMPTY', path, `'${key}' has an empty modifier: remove the extra '|'`, where);
      } else if (!KNOWN_MODIFIERS.has(modifier)) {
        const guess = closest(modifier, KNOWN_MODIFIERS);
        const hint = guess ? ` (did you mean '${guess}'?)` : '';
        ctx.report(
          'MODIFIER_UNKNOWN',
          path,
          `unknown value modifier '${modifier}' on field ${fieldName}${hint}`,
          where,
        );
      }
      offset += modifier.length + 1;
    }
    if (modifiers.includes('all') && !isList(value)) {
      ctx.report(
        'MODIFIER_ALL_SINGLE_VALUE',
        path,
        `'all' on '${key}' has a single value: use a list of values, or drop 'all'`,
        keyPosition(ctx, path, field.length + 1),
      );
    }
  }
}

function isList(value: YamlValue | undefined): boolean {
  return Array.isArray(value) && value.length > 1;
}

/** Points into the key (`CommandLine|contians` -> at `contians`) when the key is written as it reads. */
function keyPosition(ctx: CheckContext, path: readonly PathSegment[], indexInKey: number): Position {
  const located = ctx.locate(path);
  const key = located.key;
  if (!key || !isScalar(key) || !key.range) return located.position;
  const raw = ctx.yaml.text.slice(key.range[0], key.range[1]);
  const quoted = key.type === 'QUOTE_SINGLE' || key.type === 'QUOTE_DOUBLE';
  const body = quoted ? raw.slice(1, -1) : raw;
  if (body !== String(key.value)) return yamlPositionAt(ctx.yaml.lineCounter, key.range[0]);
  return yamlPositionAt(ctx.yaml.lineCounter, key.range[0] + (quoted ? 1 : 0) + indexInKey);
}
