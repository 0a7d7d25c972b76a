// Every Sigma value modifier, found by name through one explicit map (MODIFIERS). A modifier turns the state
// of one detection entry (`Field|mod1|mod2: values`) into the next, in the order the rule writes them.
import { type Network, parseCidr } from './cidr';
import { type RulePath, SigmaCompileError } from './compile-error';
import { base64, base64Offsets, encodeParts, type TextEncoding, windashVariants } from './encoding';
import { ANY, hasWildcards, type Part, parseWildcards } from './wildcard';

export type Position = 'equals' | 'startswith' | 'endswith' | 'contains';
export type CompareOp = 'lt' | 'lte' | 'gt' | 'gte';
export type TimePart = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export type SigmaValue =
  /** `raw` is the text as written, kept until a modifier changes it (`re`, `cidr`, `expand` need it). */
  | { type: 'string'; parts: Part[]; raw: string | undefined; bytes: boolean }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'regex'; source: string; flags: string }
  | { type: 'cidr'; network: Network }
  | { type: 'compare'; op: CompareOp; value: number }
  | { type: 'exists'; value: boolean }
  | { type: 'fieldref'; field: string; position: Position };

type StringValue = Extract<SigmaValue, { type: 'string' }>;

export interface EntryState {
  /** One group per value written in the rule; the members of a group are alternatives (windash, base64offset). */
  groups: SigmaValue[][];
  all: boolean;
  cased: boolean;
  negate: boolean;
  timePart: TimePart | undefined;
}

export type Placeholders = Readonly<Record<string, string | readonly string[]>>;

export interface ModifierContext {
  name: string;
  path: RulePath;
  placeholders: Placeholders;
  /** When given, a placeholder without a value is reported here and stands for itself instead of failing. */
  missingPlaceholder?: (name: string, path: RulePath) => void;
}

export type Modifier = (state: EntryState, ctx: ModifierContext) => EntryState;

export function fail(ctx: ModifierContext, message: string): never {
  throw new SigmaCompileError('modifier', `'${ctx.name}': ${message}`, ctx.path);
}

export function sigmaValue(value: unknown, path: RulePath): SigmaValue {
  if (typeof value === 'string') return { type: 'string', parts: parseWildcards(value), raw: value, bytes: false };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value === null) return { type: 'null' };
  const got = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a map' : typeof value;
  throw new SigmaCompileError('value-type', `a value must be a string, number, boolean or null, got ${got}`, path);
}

function stringOf(value: SigmaValue, ctx: ModifierContext): StringValue {
  if (value.type === 'string') return value;
  if (value.type === 'number' || value.type === 'boolean') {
    const raw = String(value.value);
    return { type: 'string', parts: [raw], raw, bytes: false };
  }
  return fail(ctx, `applies to strings, not to ${value.type === 'null' ? 'null' : `a ${value.type} value`}`);
}

function rawOf(value: SigmaValue, ctx: ModifierContext): string {
  const s = stringOf(value, ctx);
  if (s.raw === undefined) fail(ctx, 'must come before modifiers that change the value');
  return s.raw;
}

function text(parts: Part[], bytes = false): StringValue {
  return { type: 'string', parts, raw: undefined, bytes };
}

/** Lifts a per-value transformation to the whole entry; an array result adds alternatives to the value's group. */
function eachValue(map: (value: SigmaValue, ctx: ModifierContext) => SigmaValue | SigmaValue[]): Modifier {
  return (state, ctx) => ({ ...state, groups: state.groups.map((group) => group.flatMap((v) => map(v, ctx))) });
}

function position(where: Exclude<Position, 'equals'>): Modifier {
  return eachValue((value, ctx) => {
    if (value.type === 'fieldref') return { ...value, position: where };
    const { parts, bytes } = stringOf(value, ctx);
    const head: Part[] = where === 'startswith' ? [] : [ANY];
    const tail: Part[] = where === 'endswith' ? [] : [ANY];
    return text([...head, ...parts, ...tail], bytes);
  });
}

function encode(encoding: TextEncoding): Modifier {
  return eachValue((value, ctx) => {
    const s = stringOf(value, ctx);
    if (s.bytes) fail(ctx, 'the value is already encoded');
    return text(encodeParts(s.parts, encoding), true);
  });
}

function plainBytes(value: SigmaValue, ctx: ModifierContext): { text: string; bytes: boolean } {
  const s = stringOf(value, ctx);
  if (hasWildcards(s.parts))
    fail(ctx, 'cannot encode a value with wildcards; put contains/startswith/endswith after it');
  return { text: s.parts.join(''), bytes: s.bytes };
}

function regexFlag(flag: 'i' | 'm' | 's'): Modifier {
  return eachValue((value, ctx) => {
    if (value.type !== 'regex') fail(ctx, "only follows 're'");
    return value.flags.includes(flag) ? value : { ...value, flags: value.flags + flag };
  });
}

function compare(op: CompareOp): Modifier {
  return eachValue((value, ctx) => {
    const n = value.type === 'number' ? value.value : value.type === 'string' ? Number(value.raw) : NaN;
    if (!Number.isFinite(n) || (value.type === 'string' && value.raw?.trim() === '')) fail(ctx, 'needs a number');
    return { type: 'compare', op, value: n };
  });
}

function timePart(part: TimePart): Modifier {
  return (state, ctx) => {
    if (state.timePart) fail(ctx, `the value is already reduced to its ${state.timePart}`);
    return { ...state, timePart: part };
  };
}

const PLACEHOLDER = /\\%|%([^%\s]+)%/g;

function placeholderChoices(name: string, ctx: ModifierContext): Part[][] {
  // The name comes from the rule: only the caller's own entries count, never Object.prototype's (`%constructor%`).
  const supplied = Object.hasOwn(ctx.placeholders, name) ? ctx.placeholders[name] : undefined;
  if (supplied === undefined) {
    if (ctx.missingPlaceholder) {
      ctx.missingPlaceholder(name, ctx.path);
      return [[`%${name}%`]];
    }
    throw new SigmaCompileError(
      'placeholder',
      `'${ctx.name}': placeholder %${name}% has no value; supply one (--placeholder ${name}=...)`,
      ctx.path,
    );
  }
  const list = typeof supplied === 'string' ? [supplied] : supplied;
  if (list.length === 0)
    throw new SigmaCompileError('placeholder', `'${ctx.name}': placeholder %${name}% was given no values`, ctx.path);
  return list.map(parseWildcards);
}

/** Works on the parsed parts, so it may follow contains/startswith/endswith; `\%` is a plain percent sign. */
function expandPlaceholders(value: SigmaValue, ctx: ModifierContext): SigmaValue[] {
  const s = stringOf(value, ctx);
  // Each step multiplies the variants by a placeholder's values: the result is every combination.
  let variants: Part[][] = [[]];
  const append = (choices: Part[][]): void => {
    variants = variants.flatMap((v) => choices.map((c) => [...v, ...c]));
  };
  for (const part of s.parts) {
    if (typeof part !== 'string') {
      append([[part]]);
      continue;
    }
    let last = 0;
    for (const m of part.matchAll(PLACEHOLDER)) {
      append([[part.slice(last, m.index)]]);
      last = m.index + m[0].length;
      append(m[1] === undefined ? [['%']] : placeholderChoices(m[1], ctx));
    }
    append([[part.slice(last)]]);
  }
  return variants.map((parts) => text(parts, s.bytes));
}

export const MODIFIERS: Readonly<Record<string, Modifier>> = {
  contains: position('contains'),
  startswith: position('startswith'),
  endswith: position('endswith'),
  all: (state) => ({ ...state, all: true }),
  cased: (state) => ({ ...state, cased: true }),
  neq: (state) => ({ ...state, negate: true }),
  exists: eachValue((value, ctx) => {
    if (value.type !== 'boolean') fail(ctx, 'needs true or false');
    return { type: 'exists', value: value.value };
  }),
  re: eachValue((value, ctx) => ({ type: 'regex', source: rawOf(value, ctx), flags: '' })),
  i: regexFlag('i'),
  m: regexFlag('m'),
  s: regexFlag('s'),
  base64: eachValue((value, ctx) => text([base64(plainBytes(value, ctx))])),
  base64offset: eachValue((value, ctx) => base64Offsets(plainBytes(value, ctx)).map((s) => text([s]))),
  wide: encode('utf16le'),
  utf16le: encode('utf16le'),
  utf16be: encode('utf16be'),
  utf16: encode('utf16'),
  windash: eachValue((value, ctx) => {
    const s = stringOf(value, ctx);
    const variants = windashVariants(s.parts);
    if (!variants) fail(ctx, 'too many dashes to expand');
    return variants.length === 1 ? s : variants.map((parts) => text(parts, s.bytes));
  }),
  lt: compare('lt'),
  lte: compare('lte'),
  gt: compare('gt'),
  gte: compare('gte'),
  cidr: eachValue((value, ctx) => {
    const raw = rawOf(value, ctx);
    const network = parseCidr(raw);
    if (!network) fail(ctx, `'${raw}' is not an IPv4 or IPv6 network`);
    return { type: 'cidr', network };
  }),
  fieldref: eachValue((value, ctx) => ({ type: 'fieldref', field: rawOf(value, ctx), position: 'equals' })),
  expand: eachValue(expandPlaceholders),
  minute: timePart('minute'),
  hour: timePart('hour'),
  day: timePart('day'),
  week: timePart('week'),
  month: timePart('month'),
  year: timePart('year'),
};

export const KNOWN_MODIFIERS: ReadonlySet<string> = new Set(Object.keys(MODIFIERS));
