// The Sigma playground endpoints against the real `next start`: hostile rules and events are answered, quickly and
// with the reason, never by a hung server. "Quickly" is generous here (the numbers are bench/sigma-hostile.ts's):
// before this, the first request below never finished and the second took 11 s.
import { type APIResponse, expect, test } from '@playwright/test';
import { hostileInputs, VALID_RULE } from '../lib/sigma/test-support';
import { urls } from '../lib/urls';

const QUICKLY_MS = 5000;

async function timed(request: () => Promise<APIResponse>): Promise<{ res: APIResponse; ms: number }> {
  const started = Date.now();
  const res = await request();
  return { res, ms: Date.now() - started };
}

const MIRROR = { eventSource: 'ec2.amazonaws.com', eventName: 'CreateTrafficMirrorSession' };

test.describe('POST /api/v1/sigma/match', () => {
  test('answers (a+)+$ against a 50 KB "aaaa...!" quickly, and rightly', async ({ request }) => {
    const sigma = VALID_RULE.replace('eventName|startswith: CreateTrafficMirror', () => "eventName|re: '(a+)+$'");
    const events = [
      { ...MIRROR, eventName: `${'a'.repeat(50_000)}!` },
      { ...MIRROR, eventName: `!${'a'.repeat(50_000)}` },
    ];
    const { res, ms } = await timed(() => request.post(urls.api.sigmaMatch(), { data: { sigma, events } }));
    expect(res.status()).toBe(200);
    expect(ms).toBeLessThan(QUICKLY_MS);
    expect(await res.json()).toEqual({
      results: [
        { index: 0, match: false, selections: { selection: false } },
        { index: 1, match: true, selections: { selection: true } },
      ],
      findings: [],
    });
  });

  test('refuses an oversized event with 422 and the budget it went over', async ({ request }) => {
    const events = [MIRROR, { ...MIRROR, requestParameters: { blob: 'x'.repeat(100_000) } }];
    const res = await request.post(urls.api.sigmaMatch(), { data: { sigma: VALID_RULE, events } });
    expect(res.status()).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'match_budget',
        message: 'event 1 is 100,108 bytes as JSON, more than the 65,536 bytes allowed per event',
        limit: 'eventBytes',
        max: 65_536,
        at: 'event 1',
      },
    });
  });
});

test.describe('POST /api/v1/sigma/validate', () => {
  test('answers a 1 MB rule of nested flow sequences quickly: 413, naming the limit', async ({ request }) => {
    const hostile = hostileInputs().find((h) => h.name === 'nested flow sequences filling the file');
    expect(hostile && Buffer.byteLength(hostile.text)).toBeGreaterThan(1_000_000);
    const { res, ms } = await timed(() => request.post(urls.api.sigmaValidate(), { data: { sigma: hostile?.text } }));
    expect(ms).toBeLessThan(QUICKLY_MS);
    expect(res.status()).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'payload_too_large', limit: 262_144 });
  });

  test('answers the hostile rules that fit in a body quickly, each with its findings', async ({ request }) => {
    for (const { name, text } of hostileInputs(230 * 1024)) {
      const { res, ms } = await timed(() => request.post(urls.api.sigmaValidate(), { data: { sigma: text } }));
      expect(res.status(), name).toBe(200);
      expect(ms, name).toBeLessThan(QUICKLY_MS);
      const body = (await res.json()) as { ok: boolean; findings: Array<{ line: number; column: number }> };
      if (!body.ok) expect(body.findings[0]?.line, name).toBeGreaterThan(0);
    }
  });

  test('locates a lookahead: code, severity, YAML path, line and column of the value', async ({ request }) => {
    const sigma = VALID_RULE.replace('eventName|startswith: CreateTrafficMirror', "eventName|re: 'Create(?!Tag)'");
    const res = await request.post(urls.api.sigmaValidate(), { data: { sigma } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, rules: 1 });
    expect(body.findings).toEqual([
      expect.objectContaining({
        code: 'COMPILE_REGEX_UNSUPPORTED',
        severity: 'error',
        field: 'detection.selection.eventName|re',
        line: 17,
        column: 23,
      }),
    ]);
    expect(body.findings[0].message).toContain("uses a lookahead ('(?!')");
  });

  test('answers 415 to a body that is not JSON', async ({ request }) => {
    const res = await request.post(urls.api.sigmaValidate(), {
      headers: { 'content-type': 'text/yaml' },
      data: VALID_RULE,
    });
    expect(res.status()).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });
});
