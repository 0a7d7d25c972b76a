// ES|QL (Elastic): our own parser of the documented grammar, then the names it met checked against the documented
// function list. A syntax error stops the parse (one error, where it is); unknown functions are all reported.
import { findingAt, type QueryFinding } from '../types';
import { AGGREGATE_FUNCTIONS, GROUPING_FUNCTIONS, SCALAR_FUNCTIONS } from './functions';
import { EsqlSyntaxError } from './lexer';
import { parseQuery } from './parser';

export function checkEsql(text: string): QueryFinding[] {
  let parsed: ReturnType<typeof parseQuery>;
  try {
    parsed = parseQuery(text);
  } catch (error) {
    if (error instanceof EsqlSyntaxError) return [findingAt(text, error.offset, 'esql-syntax', error.message)];
    throw error;
  }
  const findings: QueryFinding[] = [];
  for (const use of parsed.functions) {
    const name = use.name.toUpperCase();
    if (AGGREGATE_FUNCTIONS.has(name)) {
      if (use.context === 'other') {
        findings.push(
          findingAt(text, use.offset, 'esql-aggregate-outside-stats', `${name} is an aggregation: use it in STATS`),
        );
      }
    } else if (GROUPING_FUNCTIONS.has(name)) {
      if (use.context !== 'by' && use.context !== 'stats') {
        findings.push(
          findingAt(text, use.offset, 'esql-grouping-outside-stats', `${name} groups rows: use it in STATS ... BY`),
        );
      }
    } else if (!SCALAR_FUNCTIONS.has(name)) {
      findings.push(findingAt(text, use.offset, 'esql-unknown-function', `Unknown function ${use.name}`));
    }
  }
  return findings;
}
