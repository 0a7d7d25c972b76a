// ES|QL commands as Elastic documents them: source commands (FROM, ROW, SHOW, TS) and processing commands.
import { type Cursor, describeToken } from './cursor';
import { booleanExpression, qualifiedName } from './expressions';

type CommandParser = (c: Cursor) => void;

export const SOURCE_COMMANDS: Record<string, CommandParser> = {
  FROM: fromCommand,
  TS: fromCommand,
  ROW: (c) => fields(c),
  SHOW: (c) => c.expectKeyword('INFO', 'after SHOW'),
};

export const PROCESSING_COMMANDS: Record<string, CommandParser> = {
  WHERE: (c) => booleanExpression(c),
  EVAL: (c) => fields(c),
  STATS: statsCommand,
  INLINESTATS: statsCommand,
  KEEP: (c) => namePatterns(c),
  DROP: (c) => namePatterns(c),
  RENAME: renameCommand,
  SORT: sortCommand,
  LIMIT: limitCommand,
  DISSECT: dissectCommand,
  GROK: grokCommand,
  ENRICH: enrichCommand,
  MV_EXPAND: (c) => void qualifiedName(c),
  CHANGE_POINT: changePointCommand,
  SAMPLE: sampleCommand,
  COMPLETION: completionCommand,
  RERANK: rerankCommand,
};

/** Commands written as two words: `LOOKUP JOIN`, `INLINE STATS`. */
export const TWO_WORD_COMMANDS: Record<string, [string, CommandParser]> = {
  LOOKUP: ['JOIN', lookupJoinCommand],
  INLINE: ['STATS', statsCommand],
};

function fromCommand(c: Cursor): void {
  do {
    const source = c.sourceName();
    if (!source) throw c.error(`Expected an index pattern, found ${describeToken(c.peek)}`);
  } while (c.acceptOp(','));
  if (c.acceptKeyword('METADATA')) {
    do {
      const field = c.peek;
      if (field.kind !== 'ident' || !METADATA_FIELDS.has(field.value)) {
        throw c.error(
          `Unknown metadata field ${describeToken(field)}: METADATA takes ${[...METADATA_FIELDS].join(', ')}`,
        );
      }
      c.next();
    } while (c.acceptOp(','));
  }
}

const METADATA_FIELDS = new Set(['_id', '_index', '_version', '_score', '_source', '_ignored', '_index_mode', '_tsid']);

/** `name = expression` or a bare expression, comma-separated (ROW, EVAL, STATS aggregates and groups). */
function fields(c: Cursor, afterEach?: () => void): void {
  do {
    field(c);
    afterEach?.();
  } while (c.acceptOp(','));
}

function field(c: Cursor): void {
  const start = c.peek;
  booleanExpression(c);
  if (c.isOp('=')) {
    // What stood before `=` must have been a plain name (`x = ...`), not an expression (`a + b = ...`).
    if (start.kind !== 'ident' && start.kind !== 'quotedIdent' && start.kind !== 'param') {
      throw c.error('Only a field name can stand before "="');
    }
    c.next();
    booleanExpression(c);
  }
}

function statsCommand(c: Cursor): void {
  if (!c.isKeyword('BY') && !c.atCommandEnd()) {
    c.context = 'stats';
    // An aggregate may be filtered: `COUNT(*) WHERE event.outcome == "failure"`.
    fields(c, () => {
      if (c.acceptKeyword('WHERE')) booleanExpression(c);
    });
  }
  if (c.acceptKeyword('BY')) {
    c.context = 'by';
    fields(c);
  }
  c.context = 'other';
}

/** Field names or patterns with `*` (KEEP, DROP). */
function namePatterns(c: Cursor): void {
  do namePattern(c);
  while (c.acceptOp(','));
}

function namePattern(c: Cursor): void {
  const first = c.peek;
  let parts = 0;
  for (;;) {
    const t = c.peek;
    if (t.kind === 'ident' || t.kind === 'quotedIdent' || t.kind === 'param' || (t.kind === 'op' && t.value === '*')) {
      c.next();
      parts++;
      // `event.*`, `host*`: a pattern continues while its pieces touch.
      if (c.peek.start === t.end && (c.isOp('.') || c.isOp('*') || c.peek.kind === 'ident')) {
        if (c.isOp('.')) c.next();
        continue;
      }
      break;
    }
    throw c.error(`Expected a field name or pattern, found ${describeToken(t === first ? first : t)}`);
  }
  if (parts === 0) throw c.error(`Expected a field name, found ${describeToken(first)}`);
}

/** `RENAME old AS new` or `RENAME new = old`, comma-separated. */
function renameCommand(c: Cursor): void {
  do {
    namePattern(c);
    if (c.acceptKeyword('AS') || c.acceptOp('=')) namePattern(c);
    else throw c.error(`Expected AS or "=" in RENAME, found ${describeToken(c.peek)}`);
  } while (c.acceptOp(','));
}

function sortCommand(c: Cursor): void {
  do {
    booleanExpression(c);
    if (!c.acceptKeyword('ASC')) c.acceptKeyword('DESC');
    if (c.acceptKeyword('NULLS')) {
      if (!c.acceptKeyword('FIRST') && !c.acceptKeyword('LAST')) {
        throw c.error(`Expected FIRST or LAST after NULLS, found ${describeToken(c.peek)}`);
      }
    }
  } while (c.acceptOp(','));
}

function limitCommand(c: Cursor): void {
  const t = c.peek;
  if (t.kind !== 'integer' && t.kind !== 'param')
    throw c.error(`LIMIT takes a whole number, found ${describeToken(t)}`);
  c.next();
}

/** `DISSECT field "pattern" [APPEND_SEPARATOR = "sep"]`. */
function dissectCommand(c: Cursor): void {
  booleanOperand(c);
  patternString(c, 'DISSECT');
  while (c.peek.kind === 'ident' && !c.atCommandEnd()) {
    const option = c.next();
    if (option.value.toUpperCase() !== 'APPEND_SEPARATOR')
      throw c.error(`Unknown DISSECT option "${option.value}"`, option);
    c.expectOp('=', 'after APPEND_SEPARATOR');
    patternString(c, 'APPEND_SEPARATOR');
  }
}

function grokCommand(c: Cursor): void {
  booleanOperand(c);
  do patternString(c, 'GROK');
  while (c.acceptOp(','));
}

/** The field a DISSECT or GROK reads: a name or a parenthesised expression. */
function booleanOperand(c: Cursor): void {
  if (c.isOp('(')) {
    c.next();
    booleanExpression(c);
    c.expectOp(')', 'to close the parenthesis');
    return;
  }
  qualifiedName(c);
}

function patternString(c: Cursor, what: string): void {
  const t = c.peek;
  if (t.kind !== 'string' && t.kind !== 'param')
    throw c.error(`${what} needs a pattern in quotes, found ${describeToken(t)}`);
  c.next();
}

/** `ENRICH [_mode:]policy [ON field] [WITH [new =] enrich_field, ...]`. */
function enrichCommand(c: Cursor): void {
  if (!c.sourceName()) throw c.error(`Expected an enrich policy name, found ${describeToken(c.peek)}`);
  if (c.acceptKeyword('ON')) namePattern(c);
  if (c.acceptKeyword('WITH')) {
    do {
      namePattern(c);
      if (c.acceptOp('=')) namePattern(c);
    } while (c.acceptOp(','));
  }
}

/** `LOOKUP JOIN index ON field[, field]` or `ON condition`. */
function lookupJoinCommand(c: Cursor): void {
  if (!c.sourceName()) throw c.error(`Expected a lookup index, found ${describeToken(c.peek)}`);
  c.expectKeyword('ON', 'after the lookup index');
  do booleanExpression(c);
  while (c.acceptOp(','));
}

/** `CHANGE_POINT value [ON key] [AS type_name, pvalue_name]`. */
function changePointCommand(c: Cursor): void {
  qualifiedName(c);
  if (c.acceptKeyword('ON')) qualifiedName(c);
  if (c.acceptKeyword('AS')) {
    qualifiedName(c);
    c.expectOp(',', 'between the type and p-value column names');
    qualifiedName(c);
  }
}

function sampleCommand(c: Cursor): void {
  const t = c.peek;
  if (t.kind !== 'decimal' && t.kind !== 'param')
    throw c.error(`SAMPLE takes a probability such as 0.1, found ${describeToken(t)}`);
  c.next();
}

/** `COMPLETION [column =] prompt WITH {options}`. */
function completionCommand(c: Cursor): void {
  field(c);
  c.expectKeyword('WITH', 'in COMPLETION');
  options(c);
}

/** `RERANK [column =] "query" ON field[, ...] [WITH {options}]`. */
function rerankCommand(c: Cursor): void {
  field(c);
  c.expectKeyword('ON', 'in RERANK');
  fields(c);
  if (c.acceptKeyword('WITH')) options(c);
}

function options(c: Cursor): void {
  // Options are a map literal; the expression parser reads it as a function argument would.
  booleanExpressionOrMap(c);
}

function booleanExpressionOrMap(c: Cursor): void {
  if (!c.isOp('{')) {
    booleanExpression(c);
    return;
  }
  c.next();
  if (!c.isOp('}')) {
    do {
      if (c.peek.kind !== 'string') throw c.error(`Expected an option name in quotes, found ${describeToken(c.peek)}`);
      c.next();
      c.expectOp(':', 'after the option name');
      booleanExpressionOrMap(c);
    } while (c.acceptOp(','));
  }
  c.expectOp('}', 'to close the options');
}
