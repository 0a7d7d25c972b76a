// The Sigma condition language: `not` > `and` > `or`, parentheses, `1 of` / `all of`, and the legacy
// aggregation after a pipe. Offsets are 0-based character indexes into the condition text so an editor
// can underline the exact place.
//
// Conditions come from untrusted files, so their size is bounded before anything recurses over them: at most
// MAX_CONDITION_TOKENS words and parentheses, and at most MAX_CONDITION_DEPTH parentheses and `not`s nested in
// one another. A chain `a and b and c ...` is one n-ary node, so walking it never recurses per operand.

/** Words and parentheses a condition may have; real rules use a few dozen. */
export const MAX_CONDITION_TOKENS = 1000;
/** Parentheses and `not`s nested in one another; real rules nest two or three. */
export const MAX_CONDITION_DEPTH = 64;

export type ConditionNode =
  /** Two or more operands, in the order written. */
  | { kind: 'and' | 'or'; operands: ConditionNode[] }
  | { kind: 'not'; operand: ConditionNode }
  | { kind: 'ref'; name: string; offset: number }
  | { kind: 'quantified'; quantifier: 'one' | 'all'; pattern: string; offset: number };

export type AggregationKind = 'count' | 'min' | 'max' | 'avg' | 'sum' | 'near';

export interface ParsedCondition {
  ast: ConditionNode;
  aggregation?: { kind: AggregationKind; text: string; offset: number };
}

export class ConditionSyntaxError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'ConditionSyntaxError';
    this.offset = offset;
  }
}

interface Token {
  kind: 'word' | '(' | ')';
  text: string;
  lower: string;
  offset: number;
}

const WORD_CHAR = /[A-Za-z0-9_.\-*]/;
const KEYWORDS = new Set(['and', 'or', 'not', 'of', 'them']);

function tokenize(text: string, end: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < end) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (tokens.length === MAX_CONDITION_TOKENS) {
      throw new ConditionSyntaxError(
        `condition has more than ${MAX_CONDITION_TOKENS} words and parentheses; shorten it (e.g. '1 of selection_*' instead of listing each one)`,
        i,
      );
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch, text: ch, lower: ch, offset: i });
      i++;
    } else if (WORD_CHAR.test(ch)) {
      const start = i;
      while (i < end && WORD_CHAR.test(text[i] as string)) i++;
      const word = text.slice(start, i);
      tokens.push({ kind: 'word', text: word, lower: word.toLowerCase(), offset: start });
    } else {
      throw new ConditionSyntaxError(`unexpected character '${ch}'`, i);
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  /** Parentheses and `not`s open around the current token. */
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly endOffset: number,
  ) {}

  parse(): ConditionNode {
    const first = this.tokens[0];
    if (!first) throw new ConditionSyntaxError('condition is empty', 0);
    const ast = this.parseOr();
    const next = this.peek();
    if (next) {
      if (next.kind === ')') throw new ConditionSyntaxError(`unexpected ')' without a matching '('`, next.offset);
      throw new ConditionSyntaxError(`expected 'and' or 'or' before '${next.text}'`, next.offset);
    }
    return ast;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private previousText(): string | undefined {
    return this.tokens[this.pos - 1]?.text;
  }

  private isKeyword(token: Token | undefined, keyword: string): boolean {
    return token?.kind === 'word' && token.lower === keyword;
  }

  private parseOr(): ConditionNode {
    const operands = [this.parseAnd()];
    while (this.isKeyword(this.peek(), 'or')) {
      this.pos++;
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? (operands[0] as ConditionNode) : { kind: 'or', operands };
  }

  private parseAnd(): ConditionNode {
    const operands = [this.parseNot()];
    while (this.isKeyword(this.peek(), 'and')) {
      this.pos++;
      operands.push(this.parseNot());
    }
    return operands.length === 1 ? (operands[0] as ConditionNode) : { kind: 'and', operands };
  }

  private parseNot(): ConditionNode {
    const token = this.peek();
    if (token && this.isKeyword(token, 'not')) {
      this.pos++;
      this.enter(token);
      const operand = this.parseNot();
      this.depth--;
      return { kind: 'not', operand };
    }
    return this.parsePrimary();
  }

  private enter(token: Token): void {
    if (++this.depth > MAX_CONDITION_DEPTH) {
      throw new ConditionSyntaxError(
        `more than ${MAX_CONDITION_DEPTH} parentheses and 'not's nested in one another`,
        token.offset,
      );
    }
  }

  private parsePrimary(): ConditionNode {
    const token = this.peek();
    const before = this.previousText();
    if (!token) {
      const where = before ? ` after '${before}'` : '';
      throw new ConditionSyntaxError(`unexpected end of condition${where}`, this.endOffset);
    }
    if (token.kind === '(') {
      this.pos++;
      this.enter(token);
      const inner = this.parseOr();
      this.depth--;
      const close = this.peek();
      if (!close) throw new ConditionSyntaxError(`missing ')' at end`, this.endOffset);
      if (close.kind !== ')') {
        throw new ConditionSyntaxError(`expected 'and', 'or' or ')' before '${close.text}'`, close.offset);
      }
      this.pos++;
      return inner;
    }
    if (token.kind === ')') {
      const where = before ? ` after '${before}'` : '';
      throw new ConditionSyntaxError(`unexpected ')'${where}`, token.offset);
    }
    if (this.isKeyword(this.tokens[this.pos + 1], 'of')) return this.parseQuantified(token);
    if (KEYWORDS.has(token.lower)) {
      const where = before ? `after '${before}'` : 'at start';
      const hint = token.lower === 'them' ? " ('them' only follows '1 of' or 'all of')" : '';
      throw new ConditionSyntaxError(`unexpected '${token.text}' ${where}${hint}`, token.offset);
    }
    if (token.text.includes('*')) {
      throw new ConditionSyntaxError(
        `'${token.text}' is a pattern; write '1 of ${token.text}' or 'all of ${token.text}'`,
        token.offset,
      );
    }
    this.pos++;
    return { kind: 'ref', name: token.text, offset: token.offset };
  }

  private parseQuantified(quantifierToken: Token): ConditionNode {
    let quantifier: 'one' | 'all';
    if (quantifierToken.lower === '1') quantifier = 'one';
    else if (quantifierToken.lower === 'all') quantifier = 'all';
    else {
      throw new ConditionSyntaxError(
        `'${quantifierToken.text} of' is not valid Sigma; use '1 of' or 'all of'`,
        quantifierToken.offset,
      );
    }
    this.pos += 2;
    const target = this.peek();
    if (target?.kind !== 'word' || (KEYWORDS.has(target.lower) && target.lower !== 'them')) {
      const offset = target ? target.offset : this.endOffset;
      throw new ConditionSyntaxError(
        `expected a search identifier pattern or 'them' after '${quantifierToken.text} of'`,
        offset,
      );
    }
    this.pos++;
    const pattern = target.lower === 'them' ? 'them' : target.text;
    // The offset points at the pattern, the part an editor underlines when it names nothing.
    return { kind: 'quantified', quantifier, pattern, offset: target.offset };
  }
}

const AGGREGATION_KINDS: ReadonlySet<string> = new Set(['count', 'min', 'max', 'avg', 'sum', 'near']);
const FUNCTION_AGGREGATION =
  /^(count|min|max|avg|sum)\s*\(\s*([\w.-]*)\s*\)(\s+by\s+[\w.-]+)?\s*(<=|>=|==|=|<|>)\s*\d+(\.\d+)?\s*$/i;

function parseAggregation(text: string, pipe: number): NonNullable<ParsedCondition['aggregation']> {
  const rest = text.slice(pipe + 1);
  const lead = rest.length - rest.trimStart().length;
  const body = rest.trim();
  const offset = pipe + 1 + lead;
  if (!body) throw new ConditionSyntaxError(`expected an aggregation after '|'`, offset);
  const word = (/^[A-Za-z]+/.exec(body)?.[0] ?? '').toLowerCase();
  if (!AGGREGATION_KINDS.has(word)) {
    throw new ConditionSyntaxError(
      `unknown aggregation '${body.split(/[\s(]/)[0] ?? body}' after '|' (count, min, max, avg, sum or near)`,
      offset,
    );
  }
  const kind = word as AggregationKind;
  if (kind === 'near') {
    if (!/^near\s+\S/i.test(body)) throw new ConditionSyntaxError(`expected search identifiers after 'near'`, offset);
  } else {
    const shape = FUNCTION_AGGREGATION.exec(body);
    if (!shape || (kind !== 'count' && !shape[2])) {
      throw new ConditionSyntaxError(
        `malformed aggregation '${body}'; expected '${kind}(field) [by field] > number'`,
        offset,
      );
    }
  }
  return { kind, text: body, offset };
}

export function parseCondition(text: string): ParsedCondition {
  const pipe = text.indexOf('|');
  const end = pipe === -1 ? text.length : pipe;
  const tokens = tokenize(text, end);
  if (tokens.length === 0 && pipe !== -1) {
    throw new ConditionSyntaxError(`expected a condition before '|'`, pipe);
  }
  const ast = new Parser(tokens, end).parse();
  if (pipe === -1) return { ast };
  return { ast, aggregation: parseAggregation(text, pipe) };
}

/** Every node of a condition, parents before children, operands in the order written; no recursion. */
export function conditionNodes(ast: ConditionNode): ConditionNode[] {
  const out: ConditionNode[] = [];
  const stack: ConditionNode[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as ConditionNode;
    out.push(node);
    if (node.kind === 'and' || node.kind === 'or') {
      for (let i = node.operands.length - 1; i >= 0; i--) stack.push(node.operands[i] as ConditionNode);
    } else if (node.kind === 'not') stack.push(node.operand);
  }
  return out;
}

/** Every search identifier or pattern the condition names, in reading order; `them` names none. */
export function conditionReferences(ast: ConditionNode): Array<{ name: string; isPattern: boolean; offset: number }> {
  const found: Array<{ name: string; isPattern: boolean; offset: number }> = [];
  for (const node of conditionNodes(ast)) {
    if (node.kind === 'ref') found.push({ name: node.name, isPattern: false, offset: node.offset });
    else if (node.kind === 'quantified' && node.pattern !== 'them')
      found.push({ name: node.pattern, isPattern: true, offset: node.offset });
  }
  return found;
}
