import { type Finding, finding } from '../../findings';

/** Far deeper than any real rule (they nest 3 or 4 levels); far shallower than what makes the parser slow. */
export const MAX_NESTING = 256;

/**
 * The YAML parser's time and memory grow steeply with nesting written on few lines: 200,000 unclosed `[` exhaust
 * the heap, 300,000 `- ` overflow the stack. This scan bounds both kinds before parsing, in one linear pass:
 * flow brackets (outside quoted strings and comments; reset by a line that starts at column 0, which can only
 * be block context), and block indicators (`- `, `? `, `: `) chained at the start of one line.
 */
export function checkNesting(text: string, limit: number = MAX_NESTING): Finding | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const tooDeep = (what: string): Finding =>
    finding({
      code: 'YAML_TOO_DEEP',
      severity: 'error',
      path: '',
      message: `more than ${limit} nested ${what}: refusing to parse a file built to exhaust the parser`,
      at: { line, column: i - lineStart + 1 },
    });
  const newline = (at: number): void => {
    line++;
    lineStart = at + 1;
  };

  while (i < text.length) {
    if (i === lineStart) {
      const first = text[i];
      if (first !== undefined && !/[\s\]}#]/.test(first)) depth = 0;
      let indicators = 0;
      while (text[i] === ' ' || text[i] === '\t') i++;
      while (/[-?:]/.test(text[i] ?? '') && /[ \t\r\n]|^$/.test(text[i + 1] ?? '')) {
        if (++indicators > limit) return tooDeep("'- ', '? ' or ': ' on one line");
        i++;
        while (text[i] === ' ' || text[i] === '\t') i++;
      }
      if (i !== lineStart) continue;
    }
    const ch = text[i] as string;
    const before = i === lineStart ? ' ' : (text[i - 1] as string);
    if (ch === '\n') {
      newline(i);
    } else if ((ch === "'" || ch === '"') && /[\s[{,:]/.test(before)) {
      i = skipQuoted(text, i, newline);
    } else if (ch === '#' && /\s/.test(before)) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (ch === '[' || ch === '{') {
      if (++depth > limit) return tooDeep("'[' or '{'");
    } else if ((ch === ']' || ch === '}') && depth > 0) {
      depth--;
    }
    i++;
  }
  return undefined;
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
