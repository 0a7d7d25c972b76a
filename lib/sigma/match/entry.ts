// One detection entry (`Field|mod1|mod2: values`) read into the state its modifiers leave: the matcher compiles that
// state into tests on events, the converter into query text. Both read entries here, so they agree on what a rule says.
import { type RulePath, SigmaCompileError } from './compile-error';
import {
  type EntryState,
  KNOWN_MODIFIERS,
  MODIFIERS,
  type Placeholders,
  type SigmaValue,
  sigmaValue,
} from './modifiers';
import { ANY } from './wildcard';

export interface EntryOptions {
  placeholders?: Placeholders;
  /** Called for each `|expand` placeholder without a value; the placeholder then stands for itself. */
  onMissingPlaceholder?: (name: string, path: RulePath) => void;
  /** How a written value is read; the matcher also counts its wildcards against the rule's budget here. */
  readValue?: (value: unknown, path: RulePath) => SigmaValue;
}

export interface ReadEntry {
  /** The field name; '' for keywords (values without a field). */
  field: string;
  modifiers: string[];
  state: EntryState;
}

/** Applies the modifiers of `key` to the values written, in the order the rule writes them. */
export function readEntry(key: string, value: unknown, path: RulePath, options: EntryOptions = {}): ReadEntry {
  const [field = '', ...modifiers] = key.split('|');
  const written = Array.isArray(value) ? value : [value];
  if (written.length === 0) throw new SigmaCompileError('empty-list', `'${key}' has an empty list of values`, path);
  let state: EntryState = {
    groups: written.map((v, i) => [(options.readValue ?? sigmaValue)(v, Array.isArray(value) ? [...path, i] : path)]),
    all: false,
    cased: false,
    negate: false,
    timePart: undefined,
  };
  for (const name of modifiers) {
    const modifier = MODIFIERS[name];
    // The set check keeps names such as `constructor` from reaching Object.prototype through the map.
    if (!modifier || !KNOWN_MODIFIERS.has(name)) {
      throw new SigmaCompileError('unknown-modifier', `unknown value modifier '${name}' on '${key}'`, path);
    }
    state = modifier(state, {
      name,
      path,
      placeholders: options.placeholders ?? {},
      missingPlaceholder: options.onMissingPlaceholder,
    });
  }
  return { field, modifiers, state };
}

const POSITIONED = new Set(['contains', 'startswith', 'endswith', 're', 'cidr', 'lt', 'lte', 'gt', 'gte']);

function keywordValue(value: SigmaValue): SigmaValue {
  // A keyword is looked for inside the event's text, as a SIEM's full-text search does.
  if (value.type === 'number' || value.type === 'boolean') return keywordValue(sigmaValue(String(value.value), []));
  if (value.type !== 'string') return value;
  return { ...value, parts: [ANY, ...value.parts, ANY], raw: undefined };
}

/**
 * The value groups of a keyword entry (no field): each text value is searched for anywhere in the event unless a
 * modifier already placed it (contains, startswith, re...). Null, exists and fieldref need a field.
 */
export function keywordGroups(entry: ReadEntry, path: RulePath): SigmaValue[][] {
  const { state, modifiers } = entry;
  if (state.groups.flat().some((v) => v.type === 'null' || v.type === 'exists' || v.type === 'fieldref')) {
    throw new SigmaCompileError('keyword', 'a keyword search needs text values', path);
  }
  const anchored = modifiers.some((m) => POSITIONED.has(m));
  return anchored ? state.groups : state.groups.map((g) => g.map(keywordValue));
}
