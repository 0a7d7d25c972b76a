// SPL (Splunk) lint: quotes, parentheses, [subsearches] and `macros` balanced; every command known; in eval, where
// and fieldformat, every function known and 'field names' closed. Subsearches are checked as searches of their own.
import { findingAt, type QueryFinding } from '../types';
import { EVAL_COMMANDS, EVAL_FUNCTIONS, SPL_COMMANDS } from './commands';
import { closingQuote, type SplSegment, splitSearch } from './segments';

/** Generating commands that only run after a leading pipe (`| tstats ...`); unpiped they are search terms. */
const PIPE_FIRST = new Set([
  'tstats',
  'inputlookup',
  'makeresults',
  'datamodel',
  'rest',
  'mstats',
  'metadata',
  'from',
  'inputcsv',
  'loadjob',
  'savedsearch',
  'multisearch',
  'dbinspect',
  'eventcount',
  'gentimes',
  'pivot',
  'mpreview',
  'msearch',
  'metasearch',
]);

export function checkSpl(text: string): QueryFinding[] {
  const findings: QueryFinding[] = [];
  checkSearch(text, 0, text, findings);
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkSearch(search: string, base: number, whole: string, findings: QueryFinding[]): void {
  const { segments, subsearches, problems } = splitSearch(search, base);
  for (const p of problems) findings.push(findingAt(whole, p.offset, p.code, p.message));
  segments.forEach((segment, index) => {
    checkSegment(segment, index, whole, findings);
  });
  for (const sub of subsearches) checkSearch(sub.text, sub.start, whole, findings);
}

function checkSegment(segment: SplSegment, index: number, whole: string, findings: QueryFinding[]): void {
  const lead = /^\s*/.exec(segment.text)?.[0].length ?? 0;
  const start = segment.start + lead;
  const body = segment.text.slice(lead);
  if (body === '') {
    if (segment.piped) findings.push(findingAt(whole, segment.start, 'spl-empty-command', 'Empty command after "|"'));
    return;
  }
  // A `macro` expands to commands we cannot see: accept it.
  if (body.startsWith('`')) return;
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
  if (index === 0 && !segment.piped) {
    if (word && PIPE_FIRST.has(word.toLowerCase()) && /^[A-Za-z_][A-Za-z0-9_]*(\s|$)/.test(body)) {
      findings.push(
        findingAt(
          whole,
          start,
          'spl-generating-command',
          `${word} is a generating command: start the search with "| ${word}"`,
        ),
      );
    }
    return;
  }
  if (!word) {
    findings.push(findingAt(whole, start, 'spl-unknown-command', `Expected a command after "|", found "${body[0]}"`));
    return;
  }
  const command = word.toLowerCase();
  if (!SPL_COMMANDS.has(command)) {
    findings.push(findingAt(whole, start, 'spl-unknown-command', `Unknown command "${word}"`));
    return;
  }
  if (EVAL_COMMANDS.has(command)) checkEvalExpression(body, start, word.length, whole, findings);
}

/** Function calls and 'quoted field names' in an eval-style expression. */
function checkEvalExpression(body: string, start: number, from: number, whole: string, findings: QueryFinding[]): void {
  let i = from;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === '"' || c === "'") {
      const close = closingQuote(body, i);
      if (close === -1) {
        const message = c === '"' ? 'Unclosed string: " has no closing "' : "Unclosed field name: ' has no closing '";
        findings.push(findingAt(whole, start + i, 'spl-unclosed-quote', message));
        return;
      }
      i = close + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(body.slice(i))?.[0];
    if (name) {
      const after = body.slice(i + name.length);
      if (/^\s*\(/.test(after) && !EVAL_FUNCTIONS.has(name.toLowerCase()) && !/^(AND|OR|NOT|XOR|LIKE)$/i.test(name)) {
        findings.push(findingAt(whole, start + i, 'spl-unknown-function', `Unknown eval function ${name}`));
      }
      i += name.length;
      continue;
    }
    i++;
  }
}
