import { formatPath, type PathSegment } from '../../../text/yaml-path';
import type { SchemaError } from '../schema-validator';
import { branchConstants, branchTypes } from './schema-errors';

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

const KNOWN_PATTERNS: Record<string, string> = {
  '^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$': 'YYYY-MM-DD',
  '^[a-z0-9_-]+\\.[a-z0-9._-]+$': "namespace.name in lowercase (e.g. 'attack.t1059')",
};

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `a string ('${truncate(value)}')`;
  if (typeof value === 'number') return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`;
  return String(value);
}

export function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function typeList(types: readonly string[]): string {
  const names = types.map((t) => TYPE_NAMES[t] ?? t);
  return names.length <= 1 ? (names[0] ?? 'something else') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function quoteAll(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/** A sentence a person understands, naming the field; `path` is where the finding points. */
export function schemaMessage(
  e: SchemaError,
  segments: readonly PathSegment[],
  value: unknown,
  all: readonly SchemaError[],
): string {
  const name = formatPath(segments);
  const subject = name || 'the rule';
  const shown = typeof value === 'string' ? `'${truncate(value)}'` : JSON.stringify(value);
  switch (e.keyword) {
    case 'required':
      return segments.length > 1
        ? `${formatPath(segments.slice(0, -1))}: required property '${String(segments.at(-1))}' is missing`
        : `required property '${name}' is missing`;
    case 'type':
      if (name === 'detection.condition' && Array.isArray(value)) {
        return `detection.condition must be a string, got a list (the Sigma 1.0 list form): join the conditions with ' or '`;
      }
      return `${subject} must be ${typeList([e.params.type as string | string[]].flat())}, got ${describeValue(value)}`;
    case 'enum':
      return `${subject}: ${shown} is not an allowed value (${quoteAll(e.params.allowedValues as unknown[])})`;
    case 'const':
      return `${subject} must be ${JSON.stringify(e.params.allowedValue)}, got ${shown}`;
    case 'pattern': {
      const pattern = e.params.pattern as string;
      return `${subject}: ${shown} does not match ${KNOWN_PATTERNS[pattern] ?? `the pattern ${pattern}`}`;
    }
    case 'format':
      return `${subject}: ${shown} is not a valid ${String(e.params.format).toUpperCase()}`;
    case 'maxLength':
      return `${subject} is ${[...String(value)].length} characters long; the maximum is ${String(e.params.limit)}`;
    case 'minLength':
      return `${subject}: ${shown} is shorter than ${String(e.params.limit)} characters`;
    case 'uniqueItems': {
      const [first, second] = [Number(e.params.i), Number(e.params.j)].sort((a, b) => a - b);
      const item: unknown = Array.isArray(value) ? value[first ?? 0] : value;
      const itemShown = typeof item === 'string' ? `'${truncate(item)}'` : JSON.stringify(item);
      return `${subject} lists ${itemShown} twice (items ${first} and ${second}); each entry must be unique`;
    }
    case 'anyOf':
    case 'oneOf': {
      const constants = branchConstants(e, all);
      if (constants.length) return `${subject}: ${shown} is not an allowed value (${quoteAll(constants)})`;
      if (name === 'detection.timeframe') {
        return `detection.timeframe (${describeValue(value)}) is Sigma 1.0 syntax: Sigma 2 has no timeframe in detection, it belongs in a correlation rule`;
      }
      const types = branchTypes(e, all);
      const expected = types.length ? typeList(types) : 'one of the allowed forms';
      const hint =
        segments[0] === 'detection' && segments.length === 2
          ? ' (a search identifier is a mapping of field: value, or a list)'
          : '';
      return `${subject} must be ${expected}, got ${describeValue(value)}${hint}`;
    }
    default:
      return `${subject} ${e.message ?? 'is invalid'}`;
  }
}
