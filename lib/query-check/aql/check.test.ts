import { describe, it } from 'vitest';
import { expectClean, expectErrorAt } from '../test-support';

// Queries written from IBM's Ariel Query Language guide.
describe('AQL lint', () => {
  it.each([
    "SELECT sourceip, destinationip, username FROM events WHERE username = 'test name' GROUP BY sourceip, destinationip ORDER BY sourceip DESC LIMIT 10 LAST 2 DAYS",
    "SELECT QIDNAME(qid) AS 'Event', LOGSOURCENAME(logsourceid), CATEGORYNAME(category) FROM events LAST 24 HOURS",
    "SELECT sourceip, COUNT(*) AS failures FROM events WHERE QIDNAME(qid) ILIKE '%fail%' GROUP BY sourceip HAVING failures > 10 LAST 1 HOURS",
    "SELECT * FROM flows WHERE INCIDR('10.0.0.0/8', sourceip) START '2024-01-01 00:00' STOP '2024-01-02 00:00'",
    'SELECT DATEFORMAT(starttime, \'yyyy-MM-dd HH:mm\') AS t, "Process CommandLine" FROM events WHERE "Process CommandLine" IMATCHES \'.*whoami.*\'',
    "SELECT UTF8(payload) FROM events WHERE REFERENCESETCONTAINS('Admins', username) AND LOGSOURCETYPENAME(devicetype) = 'Microsoft Windows Security Event Log'",
    'SELECT UNIQUECOUNT(username), MAX(magnitude), LAST(username) FROM events GROUP BY sourceip LAST 30 MINUTES',
    "SELECT CASE WHEN severity > 5 THEN 'high' ELSE 'low' END AS level FROM events WHERE username LIKE 'adm%' LIMIT 5",
    "SELECT LOWER(username), STRLEN(username), REPLACEALL('a', username, 'b') FROM events WHERE sourceip = '10.1.1.1'",
    "SELECT username FROM events WHERE username = 'O''Brien' LAST 7 DAYS",
  ])('accepts %s', (query) => {
    expectClean('qradar', query);
  });

  it('refuses an unclosed string at its opening quote', () => {
    expectErrorAt('qradar', "SELECT * FROM events\nWHERE username = 'bob LAST 1 HOURS", {
      line: 2,
      column: 18,
      code: 'aql-unclosed-quote',
    });
  });

  it('refuses an unclosed quoted name', () => {
    expectErrorAt('qradar', 'SELECT "Cloud API Operation FROM events', {
      line: 1,
      column: 8,
      code: 'aql-unclosed-quote',
    });
  });

  it('refuses an unknown function', () => {
    expectErrorAt('qradar', 'SELECT LOGSOURCE(logsourceid) FROM events', {
      line: 1,
      column: 8,
      code: 'aql-unknown-function',
    });
  });

  it('refuses an unclosed parenthesis where it opens', () => {
    expectErrorAt('qradar', "SELECT * FROM events WHERE (username = 'a'", {
      line: 1,
      column: 28,
      code: 'aql-unbalanced-parenthesis',
    });
  });

  it('refuses a parenthesis that closes nothing', () => {
    expectErrorAt('qradar', "SELECT * FROM events WHERE username = 'a')", {
      line: 1,
      column: 42,
      code: 'aql-unbalanced-parenthesis',
    });
  });

  it('refuses an unknown database', () => {
    expectErrorAt('qradar', 'SELECT * FROM logs', { line: 1, column: 15, code: 'aql-unknown-database' });
  });

  it('refuses a query without SELECT', () => {
    expectErrorAt('qradar', 'FROM events WHERE x = 1', { line: 1, column: 1, code: 'aql-structure' });
  });

  it('refuses clauses out of order', () => {
    expectErrorAt('qradar', 'SELECT * FROM events\nORDER BY starttime\nWHERE x = 1', {
      line: 3,
      column: 1,
      code: 'aql-structure',
    });
  });

  it('refuses LIMIT without a number', () => {
    expectErrorAt('qradar', 'SELECT * FROM events LIMIT ten', { line: 1, column: 28, code: 'aql-structure' });
  });

  it('refuses START without STOP', () => {
    expectErrorAt('qradar', "SELECT * FROM events START '2024-01-01 00:00'", {
      line: 1,
      column: 46,
      code: 'aql-time-range',
    });
  });

  it('refuses a query without FROM', () => {
    expectErrorAt('qradar', 'SELECT username', { line: 1, column: 16, code: 'aql-structure' });
  });

  it('refuses a clause given twice', () => {
    expectErrorAt('qradar', 'SELECT * FROM events WHERE a = 1 WHERE b = 2', {
      line: 1,
      column: 34,
      code: 'aql-structure',
    });
  });
});
