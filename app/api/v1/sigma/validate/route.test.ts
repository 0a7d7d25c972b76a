// POST /api/v1/sigma/validate: located findings for a posted rule, and the API's JSON errors for a bad request.
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/lib/api/respond';
import { VALID_RULE } from '@/lib/sigma/test-support';
import { POST } from './route';

const post = (body: BodyInit, type = 'application/json', headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/v1/sigma/validate', {
      method: 'POST',
      headers: { 'content-type': type, ...headers },
      body,
      // A stream has no length to announce: the route must count what arrives. Node needs `duplex` to send one.
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit),
  );

async function answer<T>(res: Response, status: number): Promise<T> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as T;
}

describe('POST /api/v1/sigma/validate', () => {
  it('answers a valid rule with ok, the number of rules and no findings', async () => {
    expect(await answer(await post(JSON.stringify({ sigma: VALID_RULE })), 200)).toEqual({
      ok: true,
      rules: 1,
      findings: [],
    });
  });

  it('locates a lookahead, which the linear-time matcher refuses', async () => {
    const sigma = VALID_RULE.replace('eventName|startswith: CreateTrafficMirror', "eventName|re: 'Create(?=Traffic)'");
    const body = await answer<{ ok: boolean; findings: unknown[] }>(await post(JSON.stringify({ sigma })), 200);
    expect(body.ok).toBe(false);
    expect(body.findings).toEqual([
      {
        code: 'COMPILE_REGEX_UNSUPPORTED',
        severity: 'error',
        field: 'detection.selection.eventName|re',
        line: 17,
        column: 23,
        message:
          "the matcher cannot run 'eventName|re': regular expression 'Create(?=Traffic)' uses a lookahead ('(?='), which needs backtracking: Tripline matches regular expressions in linear time (RE2), without it",
      },
    ]);
  });

  it('checks ATT&CK tags against our catalog', async () => {
    const sigma = VALID_RULE.replace('attack.t1020.001', 'attack.t1999.999');
    const body = await answer<{ findings: Array<{ code: string }> }>(await post(JSON.stringify({ sigma })), 200);
    expect(body.findings.map((f) => f.code)).toContain('TAG_UNKNOWN_TECHNIQUE');
  });

  it('refuses a body over 256 KiB with 413, whether or not its length was announced', async () => {
    const big = JSON.stringify({ sigma: `title: ${'x'.repeat(300 * 1024)}\n` });
    const announced = await post('{}', 'application/json', { 'content-length': String(300 * 1024) });
    for (const res of [announced, await post(big), await post(new Blob([big]).stream())]) {
      const { error } = await answer<ApiError>(res, 413);
      expect(error).toEqual({
        code: 'payload_too_large',
        message: 'the request body is larger than 256 KiB (262,144 bytes), the limit of this endpoint',
        limit: 262_144,
      });
    }
  });

  it('answers 415 to a body that is not JSON, and 400 to JSON that is broken or not the request', async () => {
    expect((await answer<ApiError>(await post(VALID_RULE, 'application/yaml'), 415)).error.message).toBe(
      "the request body must be JSON, sent as 'Content-Type: application/json' (got 'application/yaml')",
    );
    expect((await answer<ApiError>(await post('{"sigma": '), 400)).error.message).toMatch(
      /^the request body is not valid JSON: /,
    );
    expect((await answer<ApiError>(await post(new Uint8Array([0x7b, 0xff, 0x7d])), 400)).error.message).toMatch(
      /^the request body is not valid UTF-8: invalid byte 0xff at byte offset 1/,
    );
    expect((await answer<ApiError>(await post('{"rule": "x"}'), 400)).error).toMatchObject({
      code: 'bad_request',
      field: 'sigma',
    });
  });
});
