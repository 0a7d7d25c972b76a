// Compiles one search identifier of a detection (a map, a list of maps, or keywords) into a predicate on events.
// All the work that does not depend on the event happens here, once per rule.

import { isRecord } from '../record';
import { type Meter, UNMETERED } from './budget';
import { type RulePath, SigmaCompileError } from './compile-error';
import { keywordGroups, type ReadEntry, readEntry } from './entry';
import { compileFieldPath, type FieldResolver, someScalar } from './field-path';
import { type EntryState, type Placeholders, type SigmaValue, sigmaValue } from './modifiers';
import { RuleRegexes } from './regex';
import { compileGroup, timeExtractor, type ValueGroup } from './values';
import { countWildcards, MAX_RULE_WILDCARDS, type StringTest } from './wildcard';

export type EventPredicate = (event: unknown) => boolean;
type ScalarTest = (value: unknown) => boolean;

export interface CompileOptions {
  placeholders?: Placeholders;
  /**
   * Called for each `|expand` placeholder that `placeholders` has no value for; the placeholder then stands for
   * itself. Without it, such a placeholder refuses the rule (code 'placeholder'). The validator uses it to warn.
   */
  onMissingPlaceholder?: (name: string, path: RulePath) => void;
  /** Charged as the compiled rule works on events; a MatchRun ends a run that goes over its budget. */
  meter?: Meter;
  /** Where the rule's field names live in raw events of its log source (raw-fields.ts), by Sigma field name. */
  rawFields?: ReadonlyMap<string, readonly string[]>;
}

/** What the searches of one rule share while it is compiled. */
export interface RuleContext {
  options: CompileOptions;
  meter: Meter;
  regexes: RuleRegexes;
  /** Wildcards met so far in the rule's values, counted before each value is parsed. */
  wildcards: number;
}

export function ruleContext(options: CompileOptions): RuleContext {
  return { options, meter: options.meter ?? UNMETERED, regexes: new RuleRegexes(), wildcards: 0 };
}

/** A value written in the rule, its wildcards counted against the rule's budget before they are parsed. */
function writtenValue(value: unknown, path: RulePath, rule: RuleContext): SigmaValue {
  if (typeof value === 'string') {
    rule.wildcards += countWildcards(value);
    if (rule.wildcards > MAX_RULE_WILDCARDS) {
      throw new SigmaCompileError(
        'wildcards',
        `the rule's values hold more than ${MAX_RULE_WILDCARDS.toLocaleString('en-US')} '*' and '?' together, the limit per rule`,
        path,
      );
    }
  }
  return sigmaValue(value, path);
}

/** The fixed part of a test's cost, so that many tests on short values also reach the meter. */
const TEST_OVERHEAD = 16;

function runTests(tests: readonly StringTest[], raw: string, lower: string): boolean {
  for (let i = 0; i < tests.length; i++) if ((tests[i] as StringTest)(raw, lower)) return true;
  return false;
}

/** A test for one event value (any element of an array), for one value group of the rule. */
function scalarTest(
  group: ValueGroup,
  transform: ((raw: string) => string | null) | undefined,
  meter: Meter,
): ScalarTest {
  const { tests, matchesNull, needsLower, weight } = group;
  const test = (value: unknown): boolean => {
    if (value === undefined || value === null) return matchesNull;
    let raw: string;
    if (typeof value === 'string') raw = value;
    else if (typeof value === 'number' || typeof value === 'boolean') raw = String(value);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (test(value[i])) return true;
      return false;
    } else return false;
    if (transform) {
      const part = transform(raw);
      if (part === null) return false;
      raw = part;
    }
    meter.charge((raw.length + TEST_OVERHEAD) * weight);
    return runTests(tests, raw, needsLower ? raw.toLowerCase() : raw);
  };
  return test;
}

/** `|all`: every group must hold. A plain string is lowercased once for all of them. */
function allTest(groups: readonly ValueGroup[], each: readonly ScalarTest[], plain: boolean, meter: Meter): ScalarTest {
  const needsLower = groups.some((g) => g.needsLower);
  const weight = groups.reduce((sum, g) => sum + g.weight, 0);
  return (value) => {
    if (plain && typeof value === 'string') {
      meter.charge((value.length + TEST_OVERHEAD) * weight);
      const lower = needsLower ? value.toLowerCase() : value;
      for (const group of groups) if (!runTests(group.tests, value, lower)) return false;
      return true;
    }
    for (const test of each) if (!test(value)) return false;
    return true;
  };
}

function valuesTest(state: EntryState, path: RulePath, rule: RuleContext): ScalarTest {
  const transform = state.timePart ? timeExtractor(state.timePart) : undefined;
  const groups = state.groups.map((values) => compileGroup(values, state.cased, path, rule.regexes));
  if (!state.all || groups.length === 1) {
    const merged: ValueGroup = {
      tests: groups.flatMap((g) => g.tests),
      matchesNull: groups.some((g) => g.matchesNull),
      needsLower: groups.some((g) => g.needsLower),
      weight: groups.reduce((sum, g) => sum + g.weight, 0),
    };
    return scalarTest(merged, transform, rule.meter);
  }
  return allTest(
    groups,
    groups.map((g) => scalarTest(g, transform, rule.meter)),
    !transform,
    rule.meter,
  );
}

function only<T extends SigmaValue['type']>(
  state: EntryState,
  type: T,
  path: RulePath,
): Array<Extract<SigmaValue, { type: T }>> {
  const values = state.groups.flat();
  if (!values.every((v): v is Extract<SigmaValue, { type: T }> => v.type === type)) {
    throw new SigmaCompileError('value-type', `'${type}' cannot be mixed with other values`, path);
  }
  return values;
}

/** The field as the rule names it, else where the product's raw event holds it. */
function resolverFor(field: string, rule: RuleContext): FieldResolver {
  const named = compileFieldPath(field);
  const raw = rule.options.rawFields?.get(field);
  if (!raw?.length) return named;
  const others = raw.map(compileFieldPath);
  return (event) => {
    const value = named(event);
    if (value !== undefined) return value;
    for (const other of others) {
      const found = other(event);
      if (found !== undefined) return found;
    }
    return undefined;
  };
}

function fieldrefPredicate(
  resolve: FieldResolver,
  state: EntryState,
  path: RulePath,
  rule: RuleContext,
): EventPredicate {
  const meter = rule.meter;
  const tests = only(state, 'fieldref', path).map((ref) => {
    const other = resolverFor(ref.field, rule);
    const cased = state.cased;
    return (event: unknown, value: unknown): boolean => {
      const target = other(event);
      if (value === undefined || value === null || target === undefined || target === null) return false;
      if (typeof value === 'object' || typeof target === 'object') return false;
      meter.charge(String(value).length + String(target).length + TEST_OVERHEAD);
      const a = cased ? String(value) : String(value).toLowerCase();
      const b = cased ? String(target) : String(target).toLowerCase();
      if (ref.position === 'startswith') return a.startsWith(b);
      if (ref.position === 'endswith') return a.endsWith(b);
      if (ref.position === 'contains') return a.includes(b);
      return a === b;
    };
  });
  const combine = state.all ? 'every' : 'some';
  return (event) => {
    const value = resolve(event);
    return tests[combine]((t) => t(event, value));
  };
}

function keywordPredicate(entry: ReadEntry, path: RulePath, rule: RuleContext): EventPredicate {
  const { state } = entry;
  const groups = keywordGroups(entry, path);
  if (!state.all) {
    const test = valuesTest({ ...state, groups: [groups.flat()] }, path, rule);
    return (event) => someScalar(event, test);
  }
  const each = groups.map((g) => valuesTest({ ...state, groups: [g], all: false }, path, rule));
  return (event) => each.every((t) => someScalar(event, t));
}

function entryPredicate(key: string, value: unknown, path: RulePath, rule: RuleContext): EventPredicate {
  const { options } = rule;
  const entry = readEntry(key, value, path, {
    placeholders: options.placeholders,
    onMissingPlaceholder: options.onMissingPlaceholder,
    readValue: (v, at) => writtenValue(v, at, rule),
  });
  const { field, state } = entry;
  let predicate: EventPredicate;
  if (field === '') predicate = keywordPredicate(entry, path, rule);
  else {
    const resolve = resolverFor(field, rule);
    const first = state.groups[0]?.[0];
    if (first?.type === 'exists') {
      const [exists, ...more] = only(state, 'exists', path);
      if (more.length) throw new SigmaCompileError('value-type', `'exists' takes one true or false`, path);
      const expected = exists?.value ?? true;
      predicate = (event) => (resolve(event) !== undefined) === expected;
    } else if (first?.type === 'fieldref') predicate = fieldrefPredicate(resolve, state, path, rule);
    else {
      const test = valuesTest(state, path, rule);
      predicate = (event) => test(resolve(event));
    }
  }
  if (!state.negate) return predicate;
  const positive = predicate;
  return (event) => !positive(event);
}

function mapPredicate(map: Record<string, unknown>, path: RulePath, rule: RuleContext): EventPredicate {
  const entries = Object.entries(map).map(([key, value]) => entryPredicate(key, value, [...path, key], rule));
  if (entries.length === 0)
    throw new SigmaCompileError('empty-search', 'a search identifier needs at least one field', path);
  if (entries.length === 1) return entries[0] as EventPredicate;
  return (event) => {
    for (let i = 0; i < entries.length; i++) if (!(entries[i] as EventPredicate)(event)) return false;
    return true;
  };
}

/** A search identifier's definition: a map (AND of fields), a list of maps (OR), or keywords (a list of text). */
export function compileSearch(definition: unknown, path: RulePath, rule: RuleContext): EventPredicate {
  if (isRecord(definition)) return mapPredicate(definition, path, rule);
  if (Array.isArray(definition)) {
    if (definition.length === 0)
      throw new SigmaCompileError('empty-search', 'a search identifier cannot be an empty list', path);
    if (definition.every(isRecord)) {
      const maps = definition.map((m, i) => mapPredicate(m, [...path, i], rule));
      return (event) => {
        for (let i = 0; i < maps.length; i++) if ((maps[i] as EventPredicate)(event)) return true;
        return false;
      };
    }
    if (definition.some((item) => typeof item === 'object' && item !== null)) {
      throw new SigmaCompileError('mixed-list', 'a list of search values mixes maps with plain values', path);
    }
    return entryPredicate('', definition, path, rule);
  }
  if (typeof definition === 'string' || typeof definition === 'number')
    return entryPredicate('', definition, path, rule);
  throw new SigmaCompileError(
    'search-type',
    'a search identifier must be a map, a list of maps or a list of keywords',
    path,
  );
}
