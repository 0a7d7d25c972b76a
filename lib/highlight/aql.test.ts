import { describe, expect, it } from 'vitest';
import { scopesAcross, scopesOf, tokenize } from './test-scopes';

const aql = (code: string) => tokenize(code, 'aql');

describe('AQL grammar', () => {
  it('reads SELECT, FROM, WHERE and the events table', async () => {
    const tokens = await aql('SELECT sourceip FROM events WHERE magnitude > 5');
    expect(scopesOf(tokens, 'SELECT')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'FROM')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'WHERE')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'events')).toContain('entity.name.type.table.aql');
    expect(scopesOf(tokens, 'sourceip')).toEqual(['source.aql']);
  });

  it('reads keywords written in lower case', async () => {
    const tokens = await aql(
      "select * from flows where username ilike '%adm%' group by sourceip order by sourceip desc last 10 minutes",
    );
    expect(scopesOf(tokens, 'select')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'flows')).toContain('entity.name.type.table.aql');
    expect(scopesOf(tokens, 'ilike')).toContain('keyword.operator.word.aql');
    expect(scopesOf(tokens, 'group by')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'order by')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'desc')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'last')).toContain('keyword.other.time.aql');
    expect(scopesOf(tokens, 'minutes')).toContain('keyword.other.time-unit.aql');
  });

  it('reads LAST 24 HOURS as one time clause', async () => {
    const tokens = await aql('SELECT * FROM events LAST 24 HOURS');
    expect(scopesOf(tokens, 'LAST')).toEqual(['source.aql', 'meta.time-clause.last.aql', 'keyword.other.time.aql']);
    expect(scopesOf(tokens, '24')).toEqual(['source.aql', 'meta.time-clause.last.aql', 'constant.numeric.integer.aql']);
    expect(scopesOf(tokens, 'HOURS')).toEqual([
      'source.aql',
      'meta.time-clause.last.aql',
      'keyword.other.time-unit.aql',
    ]);
  });

  it('tells the LAST aggregate apart from the LAST time clause', async () => {
    const tokens = await aql('SELECT LAST(magnitude) FROM events GROUP BY sourceip LAST 2 DAYS');
    expect(scopesOf(tokens, 'LAST', 0)).toContain('support.function.aggregate.aql');
    expect(scopesOf(tokens, 'LAST', 1)).toContain('keyword.other.time.aql');
  });

  it('reads START and STOP with their timestamps', async () => {
    const code = "SELECT * FROM events START '2026-01-01 00:00' STOP '2026-01-02 00:00'";
    const tokens = await aql(code);
    expect(scopesOf(tokens, 'START')).toContain('keyword.other.time.aql');
    expect(scopesOf(tokens, 'STOP')).toContain('keyword.other.time.aql');
    expect(scopesOf(tokens, '2026-01-01 00:00')).toContain('string.quoted.single.aql');
  });

  it('reads LOGSOURCETYPENAME(devicetype) as a built-in call on a field', async () => {
    const tokens = await aql('SELECT LOGSOURCETYPENAME(devicetype) FROM events');
    expect(scopesOf(tokens, 'LOGSOURCETYPENAME')).toEqual(['source.aql', 'support.function.aql']);
    expect(scopesOf(tokens, 'devicetype')).toEqual(['source.aql']);
    expect(scopesOf(tokens, '(')).toContain('punctuation.section.parens.begin.aql');
  });

  it("reads DATEFORMAT(starttime, 'yyyy-MM-dd') as a call with a string argument", async () => {
    const tokens = await aql("SELECT DATEFORMAT(starttime, 'yyyy-MM-dd') AS day FROM events");
    expect(scopesOf(tokens, 'DATEFORMAT')).toContain('support.function.aql');
    expect(scopesOf(tokens, 'starttime')).toEqual(['source.aql']);
    expect(scopesOf(tokens, 'yyyy-MM-dd')).toEqual(['source.aql', 'string.quoted.single.aql']);
    expect(scopesOf(tokens, 'AS')).toContain('keyword.other.clause.aql');
  });

  it('reads the other QRadar lookups as built-ins, in any case', async () => {
    const code =
      'SELECT qidname(qid), LOGSOURCENAME(logsourceid), LOGSOURCEGROUPNAME(logsourceid), CATEGORYNAME(category), ' +
      "REFERENCESETCONTAINS('Admins', username), ASSETHOSTNAME(sourceip), NETWORKNAME(sourceip), UTF8(payload), " +
      "GEO::LOOKUP(sourceip, 'city') FROM events";
    const tokens = await aql(code);
    for (const name of [
      'qidname',
      'LOGSOURCENAME',
      'LOGSOURCEGROUPNAME',
      'CATEGORYNAME',
      'REFERENCESETCONTAINS',
      'ASSETHOSTNAME',
      'NETWORKNAME',
      'UTF8',
      'GEO::LOOKUP',
    ]) {
      expect(scopesOf(tokens, name), name).toContain('support.function.aql');
    }
  });

  it('marks a call to an unlisted name apart from the built-ins', async () => {
    const tokens = await aql('SELECT NOTAFUNCTION(qid) FROM events');
    expect(scopesOf(tokens, 'NOTAFUNCTION')).toContain('entity.name.function.aql');
    expect(scopesOf(tokens, 'NOTAFUNCTION')).not.toContain('support.function.aql');
  });

  it('gives double-quoted fields a scope of their own, distinct from strings', async () => {
    const tokens = await aql(`SELECT "EventName", "Event ID" FROM events WHERE username = 'abc'`);
    const field = scopesOf(tokens, 'EventName');
    expect(field).toContain('variable.other.field.quoted.aql');
    expect(field.some((scope) => scope.startsWith('string.'))).toBe(false);
    expect(scopesOf(tokens, 'Event ID')).toContain('variable.other.field.quoted.aql');

    const text = scopesOf(tokens, 'abc');
    expect(text).toContain('string.quoted.single.aql');
    expect(text.some((scope) => scope.startsWith('variable.'))).toBe(false);
  });

  it('reads a doubled quote inside a string as an escape, not the end of it', async () => {
    const code = "WHERE username = 'it''s' AND magnitude > 3";
    const tokens = await aql(code);
    expect(scopesOf(tokens, 'it')).toEqual(['source.aql', 'string.quoted.single.aql']);
    expect(scopesOf(tokens, "''")).toEqual([
      'source.aql',
      'string.quoted.single.aql',
      'constant.character.escape.quote.aql',
    ]);
    expect(scopesOf(tokens, 's')).toEqual(['source.aql', 'string.quoted.single.aql']);
    for (const scopes of scopesAcross(tokens, code, "'it''s'")) expect(scopes).toContain('string.quoted.single.aql');
    expect(scopesOf(tokens, 'AND')).toEqual(['source.aql', 'keyword.operator.logical.aql']);
  });

  it('reads LIKE and the other word operators', async () => {
    const tokens = await aql(
      "WHERE username LIKE '%svc%' AND NOT (payload IMATCHES '.*x.*' OR qid IN (1, 2)) AND magnitude BETWEEN 1 AND 5 AND username IS NULL",
    );
    expect(scopesOf(tokens, 'LIKE')).toContain('keyword.operator.word.aql');
    expect(scopesOf(tokens, 'IMATCHES')).toContain('keyword.operator.word.aql');
    expect(scopesOf(tokens, 'IN')).toContain('keyword.operator.word.aql');
    expect(scopesOf(tokens, 'IN')).not.toContain('entity.name.function.aql');
    expect(scopesOf(tokens, 'BETWEEN')).toContain('keyword.operator.word.aql');
    expect(scopesOf(tokens, 'NOT')).toContain('keyword.operator.logical.aql');
    expect(scopesOf(tokens, 'NULL')).toContain('constant.language.aql');
  });

  it('reads numbers, including hex', async () => {
    const tokens = await aql(
      'WHERE qid = 5000023 AND magnitude >= 7.5 AND (LONG(sourceip) & 0xff000000) <> 0 LIMIT 1000',
    );
    expect(scopesOf(tokens, '5000023')).toContain('constant.numeric.aql');
    expect(scopesOf(tokens, '7.5')).toContain('constant.numeric.aql');
    expect(scopesOf(tokens, '0xff000000')).toContain('constant.numeric.hex.aql');
    expect(scopesOf(tokens, '1000')).toContain('constant.numeric.aql');
    expect(scopesOf(tokens, 'LIMIT')).toContain('keyword.other.clause.aql');
  });

  it('reads the operators', async () => {
    const tokens = await aql(
      "WHERE a <> b AND c != d AND e <= 1 AND f >= 2 AND CONCAT(g || h) = 'x' AND i * 2 / 3 + 4 - 5 < 6",
    );
    for (const op of ['<>', '!=', '<=', '>=', '=', '<']) {
      expect(scopesOf(tokens, op), op).toContain('keyword.operator.comparison.aql');
    }
    expect(scopesOf(tokens, '||')).toContain('keyword.operator.concatenation.aql');
    for (const op of ['*', '/', '+', '-']) {
      expect(scopesOf(tokens, op), op).toContain('keyword.operator.arithmetic.aql');
    }
  });

  it('reads -- and /* */ comments, and nothing inside them as code', async () => {
    const tokens = await aql("SELECT * FROM events -- WHERE 'not code'\n/* LAST 5 MINUTES */ WHERE qid = 1");
    const line = scopesOf(tokens, "WHERE 'not code'");
    expect(line).toContain('comment.line.double-dash.aql');
    expect(scopesOf(tokens, '--')).toContain('punctuation.definition.comment.aql');
    expect(scopesOf(tokens, 'LAST 5 MINUTES')).toContain('comment.block.aql');
    expect(scopesOf(tokens, 'WHERE')).toContain('keyword.other.clause.aql');
  });

  it('reads CASE expressions, TEXT SEARCH and PARAMETERS', async () => {
    const tokens = await aql(
      "SELECT CASE WHEN magnitude > 5 THEN 'high' ELSE 'low' END AS sev FROM events WHERE TEXT SEARCH 'mimikatz' PARAMETERS EXCLUDESERVERS='a'",
    );
    for (const word of ['CASE', 'WHEN', 'THEN', 'ELSE', 'END']) {
      expect(scopesOf(tokens, word), word).toContain('keyword.control.conditional.aql');
    }
    expect(scopesOf(tokens, 'TEXT SEARCH')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'PARAMETERS')).toContain('keyword.other.clause.aql');
    expect(scopesOf(tokens, 'EXCLUDESERVERS')).toContain('keyword.other.parameter.aql');
  });

  it('does not read keywords inside longer names', async () => {
    const tokens = await aql('SELECT eventcount, selectedfield, lastpacket FROM events');
    expect(scopesOf(tokens, 'eventcount')).toEqual(['source.aql']);
    expect(scopesOf(tokens, 'selectedfield')).toEqual(['source.aql']);
    expect(scopesOf(tokens, 'lastpacket')).toEqual(['source.aql']);
  });
});
