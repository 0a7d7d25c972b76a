// POST /api/v1/sigma/match: each event's match and selections, the proof on samples, and 422 for a rule with errors
// or a run over its budget.
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/lib/api/respond';
import { VALID_RULE } from '@/lib/sigma/test-support';
import { POST } from './route';

const post = (body: unknown) =>
  POST(
    new Request('http://localhost/api/v1/sigma/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

async function answer<T>(res: Response, status: number): Promise<T> {
  expect(res.status).toBe(status);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as T;
}

const MIRROR = { eventSource: 'ec2.amazonaws.com', eventName: 'CreateTrafficMirrorSession' };
const OTHER = { eventSource: 'ec2.amazonaws.com', eventName: 'RunInstances' };
// A function, so the `$'` in the pattern is not read as a replacement pattern.
const REDOS = VALID_RULE.replace('eventName|startswith: CreateTrafficMirror', () => "eventName|re: '(a+)+$'");

describe('POST /api/v1/sigma/match', () => {
  it('says for each event whether it matched and which selections held', async () => {
    expect(await answer(await post({ sigma: VALID_RULE, events: [MIRROR, OTHER] }), 200)).toEqual({
      results: [
        { index: 0, match: true, selections: { selection: true } },
        { index: 1, match: false, selections: { selection: false } },
      ],
      findings: [],
    });
  });

  it('proves the rule on samples, with the summary a detection page shows', async () => {
    const samples = [
      { key: 'mirror', expect: 'match', event: MIRROR },
      { key: 'other', expect: 'miss', event: OTHER },
      { key: 'wrong', expect: 'match', event: OTHER },
    ];
    const body = await answer<{ proof: unknown; results: unknown[] }>(await post({ sigma: VALID_RULE, samples }), 200);
    expect(body.proof).toEqual({ ok: false, attack: { matched: 1, total: 2 }, benign: { matched: 0, total: 1 } });
    expect(body.results[2]).toEqual({
      index: 2,
      key: 'wrong',
      expect: 'match',
      match: false,
      ok: false,
      selections: { selection: false },
    });
  });

  it('answers (a+)+$ on a 50 KB value at once', async () => {
    const events = [
      { ...MIRROR, eventName: `${'a'.repeat(50_000)}!` },
      { ...MIRROR, eventName: 'baaa' },
    ];
    const body = await answer<{ results: Array<{ match: boolean }> }>(await post({ sigma: REDOS, events }), 200);
    expect(body.results.map((r) => r.match)).toEqual([false, true]);
  });

  it('refuses an event over the budget with 422, naming the limit', async () => {
    const events = [MIRROR, { ...MIRROR, blob: 'x'.repeat(70_000) }];
    const { error } = await answer<ApiError>(await post({ sigma: VALID_RULE, events }), 422);
    expect(error).toEqual({
      code: 'match_budget',
      message: 'event 1 is 70,086 bytes as JSON, more than the 65,536 bytes allowed per event',
      limit: 'eventBytes',
      max: 65_536,
      at: 'event 1',
    });
  });

  it('refuses a run whose events add up to more than the budget', async () => {
    const events = Array.from({ length: 9 }, () => ({ ...MIRROR, blob: 'x'.repeat(60_000) }));
    const { error } = await answer<ApiError>(await post({ sigma: VALID_RULE, events }), 422);
    expect(error).toMatchObject({ code: 'match_budget', limit: 'runBytes', at: 'event 8' });
  });

  it('refuses a rule with errors with 422 and its located findings', async () => {
    const sigma = VALID_RULE.replace('condition: selection', 'condition: selection and nope');
    const { error } = await answer<ApiError>(await post({ sigma, events: [MIRROR] }), 422);
    expect(error.code).toBe('invalid_rule');
    expect(error.message).toMatch(/^the rule has 1 error; the first, at line 18: /);
    expect(error.findings).toEqual([expect.objectContaining({ code: 'CONDITION_UNDEFINED', line: 18 })]);
  });

  it('refuses a rule that validates but cannot run here (an |expand placeholder without a value)', async () => {
    const sigma = VALID_RULE.replace('eventSource: ec2.amazonaws.com', "eventSource|expand: '%sources%'");
    const { error } = await answer<ApiError>(await post({ sigma, events: [MIRROR] }), 422);
    expect(error.message).toMatch(/^the rule cannot run: 'expand': placeholder %sources% has no value/);
  });

  it('answers 400 unless it is given either events or samples, at most 1,000', async () => {
    for (const body of [
      { sigma: VALID_RULE },
      { sigma: VALID_RULE, events: [], samples: [] },
      { sigma: VALID_RULE, events: Array(1001).fill({}) },
      { sigma: VALID_RULE, samples: [{ key: 'k', expect: 'maybe', event: {} }] },
      { sigma: VALID_RULE, samples: [{ key: 'k', expect: 'match' }] },
    ]) {
      expect((await answer<ApiError>(await post(body), 400)).error.code).toBe('bad_request');
    }
  });
});
