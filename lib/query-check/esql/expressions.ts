// ES|QL expressions by precedence, lowest first, as Elastic's grammar (EsqlBaseParser) orders them:
// OR < AND < NOT < comparison, LIKE/RLIKE, IN, IS [NOT] NULL, `:` match < + - < * / % < unary - + < `::` cast < primary.

import { type Cursor, describeToken } from './cursor';
import { CAST_TYPES, TIME_UNITS } from './functions';

export function booleanExpression(c: Cursor): void {
  andExpression(c);
  while (c.acceptKeyword('OR')) andExpression(c);
}

function andExpression(c: Cursor): void {
  notExpression(c);
  while (c.acceptKeyword('AND')) notExpression(c);
}

function notExpression(c: Cursor): void {
  if (c.acceptKeyword('NOT')) {
    notExpression(c);
    return;
  }
  predicate(c);
}

const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='];

function predicate(c: Cursor): void {
  additive(c);
  if (COMPARISONS.some((op) => c.isOp(op))) {
    c.next();
    additive(c);
    return;
  }
  if (c.isOp(':')) {
    // Full-text match operator: `field : "query"`.
    c.next();
    additive(c);
    return;
  }
  const negated = c.acceptKeyword('NOT');
  if (c.acceptKeyword('LIKE') || c.acceptKeyword('RLIKE')) {
    patternOperand(c);
    return;
  }
  if (c.acceptKeyword('IN')) {
    inList(c);
    return;
  }
  if (negated) throw c.error(`Expected LIKE, RLIKE or IN after NOT, found ${describeToken(c.peek)}`);
  if (c.acceptKeyword('IS')) {
    c.acceptKeyword('NOT');
    c.expectKeyword('NULL', 'after IS [NOT]');
  }
}

/** LIKE and RLIKE take a string pattern, a parameter, or a parenthesised list of them. */
function patternOperand(c: Cursor): void {
  if (c.acceptOp('(')) {
    do patternString(c);
    while (c.acceptOp(','));
    c.expectOp(')', 'to close the pattern list');
    return;
  }
  patternString(c);
}

function patternString(c: Cursor): void {
  const token = c.peek;
  if (token.kind !== 'string' && token.kind !== 'param') {
    throw c.error(`LIKE and RLIKE need a string pattern, found ${describeToken(token)}`);
  }
  c.next();
}

function inList(c: Cursor): void {
  c.expectOp('(', 'after IN');
  do additive(c);
  while (c.acceptOp(','));
  c.expectOp(')', 'to close the IN list');
}

function additive(c: Cursor): void {
  multiplicative(c);
  while (c.isOp('+') || c.isOp('-')) {
    c.next();
    multiplicative(c);
  }
}

function multiplicative(c: Cursor): void {
  unary(c);
  while (c.isOp('*') || c.isOp('/') || c.isOp('%')) {
    c.next();
    unary(c);
  }
}

function unary(c: Cursor): void {
  if (c.isOp('-') || c.isOp('+')) {
    c.next();
    unary(c);
    return;
  }
  castExpression(c);
}

function castExpression(c: Cursor): void {
  primary(c);
  while (c.isOp('::')) {
    c.next();
    const type = c.peek;
    if (type.kind !== 'ident' || !CAST_TYPES.has(type.value.toLowerCase())) {
      throw c.error(`Unknown type ${describeToken(type)} after "::"`);
    }
    c.next();
  }
}

function primary(c: Cursor): void {
  const token = c.peek;
  switch (token.kind) {
    case 'string':
    case 'decimal':
    case 'param':
      c.next();
      return;
    case 'integer':
      c.next();
      // `1 hour`, `7 days`: a number and a unit make a time span.
      if (c.peek.kind === 'ident' && TIME_UNITS.has(c.peek.value.toLowerCase())) c.next();
      return;
    case 'quotedIdent':
      qualifiedName(c);
      return;
    case 'ident': {
      const upper = token.value.toUpperCase();
      if (upper === 'NULL' || upper === 'TRUE' || upper === 'FALSE') {
        c.next();
        return;
      }
      if (KEYWORDS.has(upper)) throw c.error(`Expected an expression, found keyword ${token.value}`);
      c.next();
      if (c.isOp('(')) {
        functionCall(c, token.value, token.start);
        return;
      }
      qualifiedNameRest(c);
      return;
    }
    case 'op':
      if (token.value === '(') {
        c.next();
        booleanExpression(c);
        c.expectOp(')', 'to close the parenthesis');
        return;
      }
      if (token.value === '[') {
        listLiteral(c);
        return;
      }
      throw c.error(`Expected an expression, found ${describeToken(token)}`);
    default:
      throw c.error(`Expected an expression, found ${describeToken(token)}`);
  }
}

/** Words that end or shape a clause and can never start an expression. */
const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'IN',
  'IS',
  'LIKE',
  'RLIKE',
  'BY',
  'AS',
  'ON',
  'WITH',
  'ASC',
  'DESC',
  'NULLS',
]);

export function qualifiedName(c: Cursor): string {
  const first = c.peek;
  if (first.kind !== 'ident' && first.kind !== 'quotedIdent' && first.kind !== 'param') {
    throw c.error(`Expected a field name, found ${describeToken(first)}`);
  }
  c.next();
  return first.value + qualifiedNameRest(c);
}

/** `.part` continuations of a dotted field name (`event.action`, `aws.cloudtrail.user_identity.arn`). */
function qualifiedNameRest(c: Cursor): string {
  let name = '';
  while (c.isOp('.')) {
    c.next();
    const part = c.peek;
    if (part.kind !== 'ident' && part.kind !== 'quotedIdent' && part.kind !== 'integer') {
      throw c.error(`Expected a field name part after ".", found ${describeToken(part)}`);
    }
    c.next();
    name += `.${part.value}`;
  }
  return name;
}

function functionCall(c: Cursor, name: string, offset: number): void {
  c.functions.push({ name, offset, context: c.context });
  c.expectOp('(', 'after the function name');
  if (c.acceptOp(')')) return;
  if (c.isOp('*')) {
    if (name.toUpperCase() !== 'COUNT') throw c.error(`Only COUNT takes "*" as its argument, not ${name}`);
    c.next();
  } else {
    do {
      if (c.isOp('{')) mapExpression(c);
      else booleanExpression(c);
    } while (c.acceptOp(','));
  }
  c.expectOp(')', `to close ${name}(`);
}

/** Named options of a function: `{"fuzziness": 1, "operator": "AND"}`. */
function mapExpression(c: Cursor): void {
  c.expectOp('{', 'to open the options');
  if (!c.isOp('}')) {
    do {
      if (c.peek.kind !== 'string') throw c.error(`Expected an option name in quotes, found ${describeToken(c.peek)}`);
      c.next();
      c.expectOp(':', 'after the option name');
      if (c.isOp('{')) mapExpression(c);
      else booleanExpression(c);
    } while (c.acceptOp(','));
  }
  c.expectOp('}', 'to close the options');
}

/** `[1, 2]`, `["a", "b"]`, `[true, false]`: constants only. */
function listLiteral(c: Cursor): void {
  c.expectOp('[', 'to open the list');
  do {
    if (c.isOp('-') || c.isOp('+')) c.next();
    const t = c.peek;
    const isBool = t.kind === 'ident' && /^(true|false)$/i.test(t.value);
    if (t.kind !== 'string' && t.kind !== 'integer' && t.kind !== 'decimal' && t.kind !== 'param' && !isBool) {
      throw c.error(`A list holds constants only, found ${describeToken(t)}`);
    }
    c.next();
  } while (c.acceptOp(','));
  c.expectOp(']', 'to close the list');
}
