import { describe, expect, it } from 'vitest';
import { parseSearchQuery, type SearchQuery, searchParamsFrom, toSearchParams } from './params';

const parse = (qs: string) => parseSearchQuery(new URLSearchParams(qs));

describe('parseSearchQuery', () => {
  it('reads every field and normalises case', () => {
    const { query, invalid } = parse(
      'q=%20packet%20%20mirroring%20&tactic=Exfiltration&technique=t1020.001&platform=QRadar&severity=HIGH&status=published&page=3',
    );
    expect(invalid).toEqual([]);
    expect(query).toEqual({
      q: 'packet mirroring',
      tactic: 'exfiltration',
      technique: 'T1020.001',
      platform: 'qradar',
      severity: 'high',
      status: 'published',
      page: 3,
    });
  });

  it('gives an empty query for no params, and treats empty values (a GET form\'s "any") as absent', () => {
    expect(parse('')).toEqual({ query: { q: '', page: 1 }, invalid: [] });
    expect(parse('q=&tactic=&technique=&platform=&severity=&status=&page=')).toEqual({
      query: { q: '', page: 1 },
      invalid: [],
    });
  });

  it.each([
    ['tactic', 'tactic=..%2Fetc'],
    ['technique', 'technique=T102'],
    ['technique', 'technique=TA0010'],
    ['platform', 'platform=qradar%20x'],
    ['severity', 'severity=urgent'],
    ['status', 'status=draft'],
    ['page', 'page=0'],
    ['page', 'page=-2'],
    ['page', 'page=1.5'],
    ['page', 'page=abc'],
    ['page', 'page=99999999999999999999'],
  ] as const)('drops a bad %s and names it (%s)', (field, qs) => {
    const { query, invalid } = parse(`q=mirror&${qs}`);
    expect(invalid.map((i) => i.field)).toEqual([field]);
    expect(invalid[0]?.reason).toMatch(/\w/);
    expect(query).toEqual({ q: 'mirror', page: 1 });
  });

  it('keeps the good filters when one is bad', () => {
    const { query, invalid } = parse('platform=splunk&severity=nope&technique=T1020');
    expect(query).toEqual({ q: '', platform: 'splunk', technique: 'T1020', page: 1 });
    expect(invalid).toEqual([{ field: 'severity', reason: expect.stringContaining('informational') }]);
  });

  it('cuts q to 200 characters and reports it', () => {
    const { query, invalid } = parse(`q=${'a'.repeat(150)}%20${'b'.repeat(150)}`);
    expect(query.q).toBe(`${'a'.repeat(150)} ${'b'.repeat(49)}`);
    expect(invalid.map((i) => i.field)).toEqual(['q']);
    expect(parse(`q=${'a'.repeat(200)}`).invalid).toEqual([]);
  });

  it('turns control characters (NUL breaks PostgreSQL text) into spaces', () => {
    expect(parse('q=Create%00Traffic%0AMirror%09').query.q).toBe('Create Traffic Mirror');
  });

  it('takes the first of repeated values', () => {
    expect(parse('platform=splunk&platform=qradar').query.platform).toBe('splunk');
  });
});

describe('toSearchParams', () => {
  const queries: SearchQuery[] = [
    { q: '', page: 1 },
    { q: 'packet mirroring', page: 1 },
    {
      q: 'CreateTrafficMirrorSession & "quotes" + 100%',
      tactic: 'exfiltration',
      technique: 'T1020.001',
      platform: 'qradar',
      severity: 'critical',
      status: 'published',
      page: 7,
    },
    { q: 'é ü 漢字', severity: 'informational', page: 2 },
  ];

  it.each(queries)('round-trips %j', (query) => {
    const params = toSearchParams(query);
    expect(parseSearchQuery(new URLSearchParams(params.toString()))).toEqual({ query, invalid: [] });
  });

  it('writes a canonical URL: fixed order, no defaults', () => {
    expect(toSearchParams({ q: '', page: 1 }).toString()).toBe('');
    expect(toSearchParams({ severity: 'high', platform: 'splunk', q: 'x y', page: 2 }).toString()).toBe(
      'q=x+y&platform=splunk&severity=high&page=2',
    );
  });
});

describe('searchParamsFrom', () => {
  it('reads the record Next gives a page', () => {
    const params = searchParamsFrom({ q: 'mirror', platform: ['splunk', 'qradar'], severity: undefined });
    expect(params.toString()).toBe('q=mirror&platform=splunk');
  });
});
