// AQL (IBM QRadar) lint: quotes and parentheses balanced, the clauses of a SELECT in IBM's order, a known database,
// a well-formed time range, and every function on our list of IBM's documented functions.
import { findingAt, type QueryFinding } from '../types';
import { AQL_DATABASES, AQL_FUNCTIONS, AQL_KEYWORDS } from './functions';
import { AqlLexError, type AqlToken, aqlTokens } from './lexer';

/** Top-level clauses in the order IBM's query structure gives them; each at most once. */
const CLAUSES = ['SELECT', 'FROM', 'WHERE', 'GROUP BY', 'HAVING', 'ORDER BY', 'LIMIT', 'LAST', 'START', 'PARAMETERS'];
const TIME_UNITS = new Set(['MINUTES', 'HOURS', 'DAYS', 'MINUTE', 'HOUR', 'DAY', 'SECONDS', 'SECOND']);

export function checkAql(text: string): QueryFinding[] {
  let tokens: AqlToken[];
  try {
    tokens = aqlTokens(text);
  } catch (error) {
    if (error instanceof AqlLexError) return [findingAt(text, error.offset, 'aql-unclosed-quote', error.message)];
    throw error;
  }
  const findings: QueryFinding[] = [];
  const at = (token: AqlToken | undefined, code: string, message: string) =>
    findings.push(findingAt(text, token ? token.start : text.length, code, message));

  checkParentheses(tokens, at);
  const upper = (t: AqlToken | undefined) => (t?.kind === 'word' ? t.value.toUpperCase() : '');

  if (upper(tokens[0]) !== 'SELECT') at(tokens[0], 'aql-structure', 'An AQL query starts with SELECT');

  let depth = 0;
  let lastClause = -1;
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as AqlToken;
    if (t.kind === 'punct' && t.value === '(') depth++;
    if (t.kind === 'punct' && t.value === ')') depth--;
    const word = upper(t);
    if (t.kind === 'word' && tokens[i + 1]?.value === '(' && tokens[i + 1]?.kind === 'punct') {
      if (!AQL_KEYWORDS.has(word) && !AQL_FUNCTIONS.has(word)) {
        at(t, 'aql-unknown-function', `Unknown AQL function ${t.value}`);
      }
      continue;
    }
    if (depth !== 0 || !word) continue;
    const two = `${word} ${upper(tokens[i + 1])}`;
    const clause = CLAUSES.includes(two) ? two : CLAUSES.includes(word) && !two.endsWith('BY') ? word : undefined;
    if (!clause || (clause === 'LAST' && !isTimeRange(tokens, i))) {
      if (word === 'LAST' && clause) at(t, 'aql-time-range', 'LAST takes a number and MINUTES, HOURS or DAYS');
      continue;
    }
    const index = CLAUSES.indexOf(clause);
    if (seen.has(clause)) at(t, 'aql-structure', `${clause} appears twice`);
    else if (index < lastClause && clause !== 'LAST' && clause !== 'START') {
      at(t, 'aql-structure', `${clause} is out of place: clauses go ${CLAUSES.join(', ')}`);
    }
    seen.add(clause);
    lastClause = Math.max(lastClause, index);
    if (clause === 'FROM') checkDatabase(tokens[i + 1], at);
    if (clause === 'LIMIT' && tokens[i + 1]?.kind !== 'number')
      at(tokens[i + 1], 'aql-structure', 'LIMIT takes a number');
    if (clause === 'START') checkStartStop(tokens, i, at);
  }
  if (!seen.has('FROM')) at(undefined, 'aql-structure', 'An AQL query needs FROM events or FROM flows');
  return findings;
}

type At = (token: AqlToken | undefined, code: string, message: string) => void;

function checkParentheses(tokens: AqlToken[], at: At): void {
  const open: AqlToken[] = [];
  for (const t of tokens) {
    if (t.kind !== 'punct') continue;
    if (t.value === '(') open.push(t);
    else if (t.value === ')' && !open.pop()) at(t, 'aql-unbalanced-parenthesis', 'This ")" closes nothing');
  }
  for (const t of open) at(t, 'aql-unbalanced-parenthesis', 'This "(" is never closed');
}

/** `LAST 24 HOURS`; LAST followed by anything else is the LAST() aggregate or a mistake. */
function isTimeRange(tokens: AqlToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.kind === 'punct' && next.value === '(') return false;
  return next?.kind === 'number' && TIME_UNITS.has(tokens[i + 2]?.value.toUpperCase() ?? '');
}

function checkDatabase(token: AqlToken | undefined, at: At): void {
  if (token?.kind !== 'word' || !AQL_DATABASES.has(token.value.toLowerCase())) {
    at(
      token,
      'aql-unknown-database',
      `FROM reads ${[...AQL_DATABASES].join(' or ')}, not ${token ? token.value : 'nothing'}`,
    );
  }
}

function checkStartStop(tokens: AqlToken[], i: number, at: At): void {
  const start = tokens[i + 1];
  const stop = tokens[i + 2];
  if (start?.kind !== 'string' && start?.kind !== 'number')
    at(start, 'aql-time-range', "START takes a time such as '2024-01-01 00:00'");
  else if (stop?.kind !== 'word' || stop.value.toUpperCase() !== 'STOP')
    at(stop, 'aql-time-range', 'START needs a STOP');
  else if (tokens[i + 3]?.kind !== 'string' && tokens[i + 3]?.kind !== 'number') {
    at(tokens[i + 3], 'aql-time-range', "STOP takes a time such as '2024-01-02 00:00'");
  }
}
