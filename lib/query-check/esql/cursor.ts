// The token stream the ES|QL parser reads, one token of look-ahead, keywords matched case-insensitively.
import { EsqlSyntaxError, Lexer, type Token } from './lexer';

/** A name the query refers to that the checker validates after parsing (functions). */
export interface FunctionUse {
  name: string;
  offset: number;
  /** Where it stands: aggregations are allowed only in STATS. */
  context: 'stats' | 'by' | 'other';
}

export class Cursor {
  private readonly lexer: Lexer;
  private lookahead: Token;
  readonly functions: FunctionUse[] = [];
  context: FunctionUse['context'] = 'other';

  constructor(readonly text: string) {
    this.lexer = new Lexer(text);
    this.lookahead = this.lexer.next();
  }

  get peek(): Token {
    return this.lookahead;
  }

  next(): Token {
    const token = this.lookahead;
    this.lookahead = this.lexer.next();
    return token;
  }

  /** True when the next token is the keyword `word` (an unquoted identifier, any case). */
  isKeyword(word: string): boolean {
    return this.lookahead.kind === 'ident' && this.lookahead.value.toUpperCase() === word;
  }

  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.next();
    return true;
  }

  expectKeyword(word: string, where: string): Token {
    if (!this.isKeyword(word)) throw this.error(`Expected ${word} ${where}, found ${describeToken(this.lookahead)}`);
    return this.next();
  }

  isOp(op: string): boolean {
    return this.lookahead.kind === 'op' && this.lookahead.value === op;
  }

  acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.next();
    return true;
  }

  expectOp(op: string, where: string): Token {
    if (!this.isOp(op)) throw this.error(`Expected "${op}" ${where}, found ${describeToken(this.lookahead)}`);
    return this.next();
  }

  /** The end of a command: a pipe or the end of the query (or a closing parenthesis inside FORK). */
  atCommandEnd(): boolean {
    return this.lookahead.kind === 'eof' || this.isOp('|') || this.isOp(')');
  }

  /** Reads an index pattern or policy name from where the next token starts, by the pattern's own rules. */
  sourceName(): Token | undefined {
    this.lexer.reset(this.lookahead.start);
    const token = this.lexer.sourceName();
    if (!token) {
      this.lookahead = this.lexer.next();
      return undefined;
    }
    this.lookahead = this.lexer.next();
    return token;
  }

  error(message: string, token: Token = this.lookahead): EsqlSyntaxError {
    return new EsqlSyntaxError(message, token.start);
  }
}

export function describeToken(token: Token): string {
  if (token.kind === 'eof') return 'the end of the query';
  if (token.kind === 'string') return `string "${token.value}"`;
  return `"${token.value}"`;
}
