// An ES|QL query: a source command, then `| processing command` any number of times. FORK's branches are
// processing pipelines of their own, in parentheses.
import { PROCESSING_COMMANDS, SOURCE_COMMANDS, TWO_WORD_COMMANDS } from './commands';
import { Cursor, describeToken, type FunctionUse } from './cursor';

export interface ParsedQuery {
  functions: FunctionUse[];
}

/** Parses the whole query; a syntax error throws `EsqlSyntaxError` at the offending offset. */
export function parseQuery(text: string): ParsedQuery {
  const c = new Cursor(text);
  const first = c.peek;
  if (first.kind === 'eof') throw c.error('Empty query: expected a source command such as FROM');
  const source = first.kind === 'ident' ? SOURCE_COMMANDS[first.value.toUpperCase()] : undefined;
  if (!source) {
    const hint =
      first.kind === 'ident' && commandParser(first.value) ? ' (a processing command needs a source first)' : '';
    throw c.error(`Expected a source command (FROM, ROW, SHOW, TS), found ${describeToken(first)}${hint}`);
  }
  c.next();
  source(c);
  pipeline(c);
  if (c.peek.kind !== 'eof') throw c.error(`Expected "|" or the end of the query, found ${describeToken(c.peek)}`);
  return { functions: c.functions };
}

function pipeline(c: Cursor): void {
  while (c.acceptOp('|')) processingCommand(c);
}

function processingCommand(c: Cursor): void {
  const name = c.peek;
  if (name.kind !== 'ident') throw c.error(`Expected a command after "|", found ${describeToken(name)}`);
  const upper = name.value.toUpperCase();
  c.next();
  if (upper === 'FORK') {
    forkCommand(c);
    return;
  }
  const twoWord = TWO_WORD_COMMANDS[upper];
  if (twoWord) {
    const [second, parse] = twoWord;
    c.expectKeyword(second, `after ${upper}`);
    parse(c);
  } else {
    const parse = PROCESSING_COMMANDS[upper];
    if (!parse) {
      const isSource = SOURCE_COMMANDS[upper] !== undefined;
      throw c.error(
        isSource ? `${upper} is a source command: it can only start the query` : `Unknown command "${name.value}"`,
        name,
      );
    }
    parse(c);
  }
  if (!c.atCommandEnd())
    throw c.error(`Unexpected ${describeToken(c.peek)} in ${upper}: expected "|" or the end of the query`);
}

/** `FORK (WHERE ... | LIMIT 10) (...)`: at least two branches. */
function forkCommand(c: Cursor): void {
  let branches = 0;
  while (c.isOp('(')) {
    c.next();
    processingCommand(c);
    pipeline(c);
    c.expectOp(')', 'to close the FORK branch');
    branches++;
  }
  if (branches < 2) throw c.error(`FORK needs at least two branches in parentheses, found ${describeToken(c.peek)}`);
}

function commandParser(word: string): unknown {
  const upper = word.toUpperCase();
  return PROCESSING_COMMANDS[upper] ?? TWO_WORD_COMMANDS[upper] ?? (upper === 'FORK' ? true : undefined);
}
