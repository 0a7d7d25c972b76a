import { describe, it } from 'vitest';
import { expectClean, expectErrorAt } from '../test-support';

// Queries written from Elastic's ES|QL reference (commands, operators, functions).
describe('ES|QL parsed by our grammar', () => {
  it.each([
    'FROM logs-* METADATA _id, _index, _version | WHERE event.action == "CreateAccessKey" | LIMIT 100',
    'FROM logs-aws.cloudtrail-*, logs-gcp.audit-* | KEEP @timestamp, event.*, user.name | SORT @timestamp DESC',
    'FROM logs-* | STATS failures = COUNT(*) WHERE event.outcome == "failure", users = COUNT_DISTINCT(user.name) BY source.ip',
    'FROM logs-* | STATS c = COUNT(*) BY b = BUCKET(@timestamp, 1 hour) | SORT c DESC NULLS LAST, b ASC NULLS FIRST',
    'ROW a = 1, b = "two", c = [1, 2, 3], d = null | EVAL e = a::string, f = TO_LOWER(b) | DROP c',
    'FROM logs-* | WHERE process.command_line RLIKE """.*\\b(whoami|net1?)\\b.*""" AND process.name LIKE "*.exe"',
    'FROM logs-* | WHERE user.name IS NOT NULL AND host.name NOT IN ("a", "b") AND NOT process.name LIKE "svc*"',
    'FROM logs-* | DISSECT message "%{date} %{level} %{msg}" APPEND_SEPARATOR = " " | GROK msg "%{IP:client.ip}"',
    'FROM logs-* | ENRICH hosts-policy ON host.name WITH owner = host_owner | MV_EXPAND tags | RENAME owner AS host.owner',
    'FROM logs-* | LOOKUP JOIN threat-intel ON source.ip | WHERE CIDR_MATCH(source.ip, "10.0.0.0/8", "172.16.0.0/12")',
    'FROM logs-* | WHERE @timestamp > NOW() - 1 day AND DATE_TRUNC(1 hour, @timestamp) IS NOT NULL',
    'FROM logs-* | EVAL sev = CASE(event.severity >= 7, "high", event.severity >= 4, "medium", "low") | KEEP sev',
    'FROM logs-* | WHERE MATCH(message, "failed login") AND user.name : "admin" | LIMIT ?limit',
    'FROM logs-* // recent\n/* a /* nested */ comment */ | WHERE `weird field` == "x\\ty" | SHOW_NOTHING_AFTER'.replace(
      ' | SHOW_NOTHING_AFTER',
      '',
    ),
    'SHOW INFO',
    'FROM logs-* | INLINE STATS total = SUM(bytes) BY host.name | WHERE bytes > total / 2 | SAMPLE 0.1',
    'FROM logs-* | FORK (WHERE event.outcome == "failure" | LIMIT 10) (STATS c = COUNT(*))',
  ])('accepts %s', (query) => {
    expectClean('elastic', query);
  });

  it('refuses an unknown command at its position', () => {
    expectErrorAt('elastic', 'FROM logs-*\n| SELECT user.name', {
      line: 2,
      column: 3,
      code: 'esql-syntax',
      message: 'SELECT',
    });
  });

  it('refuses a query that does not start with a source command', () => {
    expectErrorAt('elastic', 'WHERE x == 1', { line: 1, column: 1, code: 'esql-syntax', message: 'source command' });
  });

  it('refuses an unknown function', () => {
    expectErrorAt('elastic', 'FROM logs-* | EVAL x = LOWER(user.name)', {
      line: 1,
      column: 24,
      code: 'esql-unknown-function',
    });
  });

  it('refuses an aggregation outside STATS', () => {
    expectErrorAt('elastic', 'FROM logs-* | WHERE COUNT(x) > 1', {
      line: 1,
      column: 21,
      code: 'esql-aggregate-outside-stats',
    });
  });

  it('refuses an escape the grammar does not know, at the backslash', () => {
    expectErrorAt('elastic', 'FROM logs-*\n| WHERE process.name RLIKE ".*\\d+"', {
      line: 2,
      column: 31,
      code: 'esql-syntax',
      message: 'Invalid escape',
    });
  });

  it('refuses an unclosed string at its opening quote', () => {
    expectErrorAt('elastic', 'FROM logs-* | WHERE user.name == "admin', { line: 1, column: 34, code: 'esql-syntax' });
  });

  it('refuses an unclosed parenthesis at the end of the query', () => {
    expectErrorAt('elastic', 'FROM logs-* | WHERE (a == 1 OR b == 2', {
      line: 1,
      column: 38,
      code: 'esql-syntax',
      message: '")"',
    });
  });

  it('refuses an operator with no right-hand side', () => {
    expectErrorAt('elastic', 'FROM logs-* | WHERE a ==\n| LIMIT 1', { line: 2, column: 1, code: 'esql-syntax' });
  });

  it('refuses an unknown metadata field', () => {
    expectErrorAt('elastic', 'FROM logs-* METADATA _id, _type', {
      line: 1,
      column: 27,
      code: 'esql-syntax',
      message: '_type',
    });
  });

  it('refuses an unknown cast type', () => {
    expectErrorAt('elastic', 'ROW a = "1"::number', { line: 1, column: 14, code: 'esql-syntax', message: 'number' });
  });

  it('refuses LIKE without a string pattern', () => {
    expectErrorAt('elastic', 'FROM logs-* | WHERE a LIKE b', {
      line: 1,
      column: 28,
      code: 'esql-syntax',
      message: 'LIKE',
    });
  });

  it('refuses SORT with a stray word', () => {
    expectErrorAt('elastic', 'FROM logs-* | SORT a DESCENDING', { line: 1, column: 22, code: 'esql-syntax' });
  });

  it('refuses a LIMIT that is not a whole number', () => {
    expectErrorAt('elastic', 'FROM logs-* | LIMIT ten', { line: 1, column: 21, code: 'esql-syntax', message: 'LIMIT' });
  });

  it('refuses an unclosed block comment where it opens', () => {
    expectErrorAt('elastic', 'FROM logs-* /* no end', { line: 1, column: 13, code: 'esql-syntax', message: 'comment' });
  });

  it('refuses a source command after a pipe', () => {
    expectErrorAt('elastic', 'FROM a | FROM b', {
      line: 1,
      column: 10,
      code: 'esql-syntax',
      message: 'source command',
    });
  });

  it('refuses RENAME without AS', () => {
    expectErrorAt('elastic', 'FROM a | RENAME x y', { line: 1, column: 19, code: 'esql-syntax', message: 'AS' });
  });
});
