// ES|QL tokens, as Elastic's grammar (EsqlBaseLexer) defines them: identifiers (plain, `@timestamp`, `back`-quoted),
// strings ("..." with \t \n \r \" \\ escapes, or """...""" raw, neither spanning lines), integer and decimal numbers,
// parameters (?, ?1, ?name, ??name), operators, and // and nested /* */ comments, which are skipped.
// Index patterns (FROM, LOOKUP JOIN, ENRICH) have their own lexical rules: the parser reads them with `sourceName`.

export type TokenKind = 'ident' | 'quotedIdent' | 'string' | 'integer' | 'decimal' | 'param' | 'op' | 'eof';

export interface Token {
  kind: TokenKind;
  /** The identifier's name, the string's value, or the operator or number as written. */
  value: string;
  start: number;
  end: number;
}

export class EsqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const OPERATORS = [
  '::',
  '==',
  '!=',
  '<=',
  '>=',
  '<',
  '>',
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '|',
  ',',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  '.',
];
const ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', '"': '"', '\\': '\\' };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isIdentBody = (c: string) => isLetter(c) || isDigit(c) || c === '_';

export class Lexer {
  private pos = 0;

  constructor(readonly text: string) {}

  get offset(): number {
    return this.pos;
  }

  /** Moves to `offset` (the parser backtracks to re-read a stretch as an index pattern). */
  reset(offset: number): void {
    this.pos = offset;
  }

  /** Skips white space and comments; an unclosed block comment is an error where it opens. */
  skipTrivia(): void {
    const t = this.text;
    for (;;) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') this.pos++;
      else if (c === '/' && t[this.pos + 1] === '/') {
        while (this.pos < t.length && t[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && t[this.pos + 1] === '*') this.skipBlockComment();
      else return;
    }
  }

  private skipBlockComment(): void {
    const open = this.pos;
    let depth = 0;
    while (this.pos < this.text.length) {
      if (this.text.startsWith('/*', this.pos)) {
        depth++;
        this.pos += 2;
      } else if (this.text.startsWith('*/', this.pos)) {
        depth--;
        this.pos += 2;
        if (depth === 0) return;
      } else this.pos++;
    }
    throw new EsqlSyntaxError('Unclosed comment: "/*" has no "*/"', open);
  }

  next(): Token {
    this.skipTrivia();
    const t = this.text;
    const start = this.pos;
    if (start >= t.length) return { kind: 'eof', value: '', start, end: start };
    const c = t[start] as string;
    if (c === '"') return this.string(start);
    if (c === '`') return this.quotedIdent(start);
    if (isDigit(c) || (c === '.' && isDigit(t[start + 1] ?? ''))) return this.number(start);
    if (c === '?') return this.param(start);
    if (isLetter(c) || ((c === '_' || c === '@') && isIdentBody(t[start + 1] ?? ''))) {
      this.pos++;
      while (this.pos < t.length && isIdentBody(t[this.pos] as string)) this.pos++;
      return { kind: 'ident', value: t.slice(start, this.pos), start, end: this.pos };
    }
    for (const op of OPERATORS) {
      if (t.startsWith(op, start)) {
        this.pos += op.length;
        return { kind: 'op', value: op, start, end: this.pos };
      }
    }
    throw new EsqlSyntaxError(`Unexpected character "${c}"`, start);
  }

  private string(start: number): Token {
    const t = this.text;
    if (t.startsWith('"""', start)) {
      const close = t.indexOf('"""', start + 3);
      const newline = t.slice(start, close === -1 ? undefined : close).search(/[\r\n]/);
      if (close === -1 || newline !== -1)
        throw new EsqlSyntaxError('Unclosed string: """ has no closing """ on its line', start);
      // The grammar lets up to two more quotes belong to the string's end ("""a"""" is `a"`).
      let end = close + 3;
      let extra = 0;
      while (t[end] === '"' && extra < 2) {
        end++;
        extra++;
      }
      this.pos = end;
      return { kind: 'string', value: t.slice(start + 3, close) + '"'.repeat(extra), start, end };
    }
    let value = '';
    let i = start + 1;
    for (;;) {
      const c = t[i];
      if (c === undefined || c === '\n' || c === '\r')
        throw new EsqlSyntaxError('Unclosed string: " has no closing " on its line', start);
      if (c === '"') break;
      if (c === '\\') {
        const escaped = ESCAPES[t[i + 1] ?? ''];
        if (escaped === undefined) {
          throw new EsqlSyntaxError(
            `Invalid escape "\\${t[i + 1] ?? ''}" in a string: only \\t \\n \\r \\" \\\\ are allowed (write \\\\ or use """...""")`,
            i,
          );
        }
        value += escaped;
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    this.pos = i + 1;
    return { kind: 'string', value, start, end: this.pos };
  }

  private quotedIdent(start: number): Token {
    const t = this.text;
    let value = '';
    let i = start + 1;
    for (;;) {
      const c = t[i];
      if (c === undefined || c === '\n' || c === '\r')
        throw new EsqlSyntaxError('Unclosed quoted identifier: ` has no closing `', start);
      if (c === '`') {
        // A doubled backquote stands for one backquote inside the name.
        if (t[i + 1] === '`') {
          value += '`';
          i += 2;
          continue;
        }
        break;
      }
      value += c;
      i++;
    }
    this.pos = i + 1;
    if (value === '') throw new EsqlSyntaxError('Empty quoted identifier', start);
    return { kind: 'quotedIdent', value, start, end: this.pos };
  }

  private number(start: number): Token {
    const t = this.text;
    let i = start;
    let decimal = false;
    while (isDigit(t[i] ?? '')) i++;
    if (t[i] === '.' && !isLetter(t[i + 1] ?? '') && t[i + 1] !== '_') {
      decimal = true;
      i++;
      while (isDigit(t[i] ?? '')) i++;
    }
    if ((t[i] === 'e' || t[i] === 'E') && /^[eE][+-]?\d/.test(t.slice(i, i + 3))) {
      decimal = true;
      i += t[i + 1] === '+' || t[i + 1] === '-' ? 2 : 1;
      while (isDigit(t[i] ?? '')) i++;
    }
    this.pos = i;
    return { kind: decimal ? 'decimal' : 'integer', value: t.slice(start, i), start, end: i };
  }

  private param(start: number): Token {
    const t = this.text;
    let i = start + 1;
    if (t[i] === '?') i++;
    if (isDigit(t[i] ?? '')) while (isDigit(t[i] ?? '')) i++;
    else if (isLetter(t[i] ?? '') || t[i] === '_') while (isIdentBody(t[i] ?? '')) i++;
    else if (i === start + 2) throw new EsqlSyntaxError('"??" must be followed by a parameter name', start);
    this.pos = i;
    return { kind: 'param', value: t.slice(start, i), start, end: i };
  }

  /**
   * An index pattern, policy or cluster-qualified name: everything up to white space, a comma, a pipe, a quote or a
   * parenthesis (`logs-aws.cloudtrail-*`, `remote:logs-*`, `logs::failures`), or a "quoted" pattern.
   */
  sourceName(): Token | undefined {
    this.skipTrivia();
    const t = this.text;
    const start = this.pos;
    if (t[start] === '"') return this.string(start);
    let i = start;
    while (i < t.length && !/[\s,|"'`()[\]=]/.test(t[i] as string)) {
      if (t.startsWith('//', i) || t.startsWith('/*', i)) break;
      i++;
    }
    if (i === start) return undefined;
    this.pos = i;
    return { kind: 'ident', value: t.slice(start, i), start, end: i };
  }
}
