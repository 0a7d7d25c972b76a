// Turns the values an entry ends with (after its modifiers) into tests on one event value. Every test takes the
// value as text twice, as it is and lowercased, so a value is lowercased once however many patterns it meets.
import { inNetwork } from './cidr';
import { type RulePath, SigmaCompileError } from './compile-error';
import type { CompareOp, SigmaValue, TimePart } from './modifiers';
import type { RuleRegexes } from './regex';
import { compileWildcard, type StringTest } from './wildcard';

/** The alternatives for one value written in the rule: any test passing, or a missing/null field if allowed. */
export interface ValueGroup {
  tests: StringTest[];
  matchesNull: boolean;
  /** False when every test reads the raw text (cased, regex, cidr, numbers): then nothing is lowercased. */
  needsLower: boolean;
  /** What running the tests on one character costs, for the run's meter: a regular expression counts as many. */
  weight: number;
}

/** A regular expression does more per character than a wildcard's string search; roughly this much more. */
const REGEX_WEIGHT = 32;

function isNumeric(raw: string): boolean {
  return raw.trim() !== '' && Number.isFinite(Number(raw));
}

function compareTest(op: CompareOp, limit: number): StringTest {
  switch (op) {
    case 'lt':
      return (raw) => isNumeric(raw) && Number(raw) < limit;
    case 'lte':
      return (raw) => isNumeric(raw) && Number(raw) <= limit;
    case 'gt':
      return (raw) => isNumeric(raw) && Number(raw) > limit;
    case 'gte':
      return (raw) => isNumeric(raw) && Number(raw) >= limit;
  }
}

function valueTest(value: SigmaValue, cased: boolean, path: RulePath, regexes: RuleRegexes): StringTest | null {
  switch (value.type) {
    case 'string':
      return compileWildcard(value.parts, cased);
    case 'number': {
      // 4688 in a rule matches 4688 and "4688" in an event; both arrive here as the text "4688".
      const text = String(value.value);
      return (raw) => raw === text || (isNumeric(raw) && Number(raw) === value.value);
    }
    case 'boolean': {
      const text = String(value.value);
      return (_raw, lower) => lower === text;
    }
    case 'null':
      return null;
    case 'regex':
      return regexes.compile(value.source, value.flags, path);
    case 'cidr': {
      const network = value.network;
      return (raw) => inNetwork(network, raw);
    }
    case 'compare':
      return compareTest(value.op, value.value);
    case 'exists':
    case 'fieldref':
      throw new SigmaCompileError('value-type', `'${value.type}' cannot be mixed with other values or modifiers`, path);
  }
}

export function compileGroup(
  values: readonly SigmaValue[],
  cased: boolean,
  path: RulePath,
  regexes: RuleRegexes,
): ValueGroup {
  const group: ValueGroup = { tests: [], matchesNull: false, needsLower: false, weight: 0 };
  for (const value of values) {
    const test = valueTest(value, cased, path, regexes);
    if (test) {
      group.tests.push(test);
      group.weight += value.type === 'regex' ? REGEX_WEIGHT : 1;
    } else group.matchesNull = true;
    if ((value.type === 'string' && !cased) || value.type === 'boolean') group.needsLower = true;
  }
  return group;
}

/** Extracts one part of a timestamp (UTC), as text, for the time modifiers; null when the value is no date. */
export function timeExtractor(part: TimePart): (raw: string) => string | null {
  return (raw) => {
    const date = new Date(isNumeric(raw) ? Number(raw) : raw);
    const time = date.getTime();
    if (Number.isNaN(time)) return null;
    switch (part) {
      case 'minute':
        return String(date.getUTCMinutes());
      case 'hour':
        return String(date.getUTCHours());
      case 'day':
        return String(date.getUTCDate());
      case 'month':
        return String(date.getUTCMonth() + 1);
      case 'year':
        return String(date.getUTCFullYear());
      case 'week': {
        // ISO 8601 week: the week holding the year's first Thursday is week 1.
        const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
        thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
        const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
        return String(Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1);
      }
    }
  };
}
