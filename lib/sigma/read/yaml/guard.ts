import { type Finding, finding } from '../../findings';

/** Far deeper than any real rule (they nest 3 or 4 levels); far shallower than what makes the parser slow. */
export const MAX_NESTING = 256;

/**
 * What a file may hold, counted before parsing: lines, flow indicators (`[`, `]`, `{`, `}`, `,`), block indicators
 * chained on one line (`- - x`), and node properties and indicators (`!tag`, `&anchor`, `*alias`, `: `, `? `, a
 * quoted scalar) beyond the first FREE_PER_ITEM of a line or flow item. The YAML parser spends 15 to 35
 * microseconds on each (a 1 MiB file of nested flow sequences took 11 s; one line of `!t !t ...` took 10 s), so
 * this keeps any file's parse within a few tenths of a second. SigmaHQ's largest rule (295 KB of driver hashes)
 * counts 4,456.
 */
export const MAX_YAML_TOKENS = 10_000;

/** What one entry writes (`key: &anchor !tag 'value'`) is the line's own, not counted. */
const FREE_PER_ITEM = 4;

export interface GuardLimits {
  nesting?: number;
  tokens?: number;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const opensToken = (ch: string): boolean => isSpace(ch) || ch === '[' || ch === '{' || ch === ',';

/**
 * The YAML parser's time and memory grow with the structure it is given, steeply with nesting written on few lines:
 * 200,000 unclosed `[` exhaust the heap, 300,000 `- ` overflow the stack. This scan bounds both before parsing, in
 * one linear pass: flow brackets (outside quoted strings and comments; reset by a line that starts at column 0,
 * which can only be block context), block indentation levels, block indicators (`- `, `? `, `: `) chained at the
 * start of one line, and the count of MAX_YAML_TOKENS. It returns the first problem in the text.
 */
export function guardYaml(text: string, limits: GuardLimits = {}): Finding | undefined {
  const limit = limits.nesting ?? MAX_NESTING;
  const maxTokens = limits.tokens ?? MAX_YAML_TOKENS;
  let depth = 0;
  const indents: number[] = [];
  let tokens = 0;
  let items = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const refuse = (code: string, message: string): Finding =>
    finding({ code, severity: 'error', path: '', message, at: { line, column: i - lineStart + 1 } });
  const tooDeep = (what: string): Finding =>
    refuse('YAML_TOO_DEEP', `more than ${limit} nested ${what}: refusing to parse a file built to exhaust the parser`);
  const tooLarge = (): Finding =>
    refuse(
      'YAML_TOO_LARGE',
      `more than ${maxTokens.toLocaleString('en-US')} lines and YAML indicators: refusing to parse a file far larger than any rule (the largest real rules count under 5,000)`,
    );
  const newline = (at: number): void => {
    line++;
    lineStart = at + 1;
    tokens++;
    items = 0;
  };
  /** A property or indicator of the current line or flow item: only those beyond the first few count. */
  const property = (): void => {
    if (++items > FREE_PER_ITEM) tokens++;
  };

  while (i < text.length) {
    if (tokens > maxTokens) return tooLarge();
    if (i === lineStart) {
      const first = text[i];
      if (first !== undefined && !isSpace(first) && first !== ']' && first !== '}' && first !== '#') depth = 0;
      let indicators = 0;
      while (text[i] === ' ' || text[i] === '\t') i++;
      const indent = i - lineStart;
      const content = text[i];
      if (depth === 0 && content !== undefined && content !== '\r' && content !== '\n' && content !== '#') {
        // Block context: a deeper indentation opens a level, a shallower one closes those at or beyond it.
        while ((indents[indents.length - 1] ?? -1) >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > limit) return tooDeep('indentation levels');
      }
      while (
        (text[i] === '-' || text[i] === '?' || text[i] === ':') &&
        (i + 1 === text.length || isSpace(text[i + 1]))
      ) {
        if (++indicators > limit) return tooDeep("'- ', '? ' or ': ' on one line");
        // The line itself counts for the first; each further one opens another collection.
        if (indicators > 1) tokens++;
        i++;
        while (text[i] === ' ' || text[i] === '\t') i++;
      }
      if (i !== lineStart) continue;
    }
    const ch = text[i] as string;
    const before = i === lineStart ? ' ' : (text[i - 1] as string);
    const next = text[i + 1];
    if (ch === '\n') {
      newline(i);
    } else if ((ch === "'" || ch === '"') && (opensToken(before) || before === ':')) {
      property();
      i = skipQuoted(text, i, newline);
    } else if (ch === '#' && isSpace(before)) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (ch === '[' || ch === '{') {
      if (++depth > limit) return tooDeep("'[' or '{'");
      tokens++;
      items = 0;
    } else if (ch === ']' || ch === '}' || ch === ',') {
      if (ch !== ',' && depth > 0) depth--;
      tokens++;
      items = 0;
    } else if ((ch === '!' || ch === '&' || ch === '*') && opensToken(before)) {
      property();
    } else if (
      (ch === ':' || ((ch === '?' || ch === '-') && opensToken(before))) &&
      (next === undefined || isSpace(next))
    ) {
      property();
    }
    i++;
  }
  return tokens > maxTokens ? tooLarge() : undefined;
}

/** Index of the closing quote (or the end); `''` inside single quotes and `\"` inside double quotes are escapes. */
function skipQuoted(text: string, open: number, newline: (at: number) => void): number {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') newline(i);
    else if (quote === '"' && ch === '\\') {
      if (text[i + 1] === '\n') newline(i + 1);
      i++;
    } else if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
    i++;
  }
  return i;
}
