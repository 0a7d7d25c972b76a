// POST /api/v1/sigma/convert: a posted rule to each SIEM's query with its gap report, and the API's JSON errors.
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/lib/api/respond';
import { VALID_RULE } from '@/lib/sigma/test-support';
import { POST } from './route';

const post = (body: BodyInit, type = 'application/json', headers: Record<string, string> = {}) =>
  POST(
    new Request('http://localhost/api/v1/sigma/convert', {
      method: 'POST',
      headers: { 'content-type': type, ...headers },
      body,
    }),
  );

async function answer<T>(res: Response, status: number): Promise<T> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as T;
}

interface Converted {
  ok: boolean;
  findings: unknown[];
  rules: Array<{
    id: string | null;
    results: Array<{
      target: string;
      ok: boolean;
      query: string | null;
      findings: Array<{ code: string; severity: string; field: string; line: number | null }>;
    }>;
  }>;
}

describe('POST /api/v1/sigma/convert', () => {
  it('converts a rule to every SIEM when no target is named', async () => {
    const body = await answer<Converted>(await post(JSON.stringify({ sigma: VALID_RULE })), 200);
    expect(body.findings).toEqual([]);
    expect(body.rules).toHaveLength(1);
    expect(body.rules[0]?.id).toBe('5f0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b');
    expect(body.rules[0]?.results.map((r) => r.target)).toEqual(['qradar', 'splunk', 'sentinel', 'elastic']);
    const splunk = body.rules[0]?.results.find((r) => r.target === 'splunk');
    expect(splunk?.ok).toBe(true);
    expect(splunk?.query).toMatch(/CreateTrafficMirror\*/);
  });

  it('converts to the targets asked for, and says where the rule cannot be expressed', async () => {
    const sigma = VALID_RULE.replace(/condition: .*/, 'condition: selection | count() by sourceIPAddress > 5');
    const body = await answer<Converted>(await post(JSON.stringify({ sigma, targets: ['sentinel'] })), 200);
    expect(body.ok).toBe(false);
    const [result] = body.rules[0]?.results ?? [];
    expect(result?.target).toBe('sentinel');
    expect(result?.query).toBeNull();
    const error = result?.findings.find((f) => f.severity === 'error');
    expect(error?.field).toMatch(/^detection\.condition/);
    expect(error?.line).toBeGreaterThan(1);
  });

  it('reports a rule that is not YAML at its line, with no rules converted', async () => {
    const body = await answer<Converted>(await post(JSON.stringify({ sigma: 'title: [unclosed\n' })), 200);
    expect(body.ok).toBe(false);
    expect(body.rules).toEqual([]);
    expect(body.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'YAML_SYNTAX', severity: 'error', line: 2 })]),
    );
  });

  it('refuses a body over 256 KiB with 413, an unknown target and a body that is not the request with 400', async () => {
    const big = JSON.stringify({ sigma: `title: ${'x'.repeat(300 * 1024)}\n` });
    expect((await answer<ApiError>(await post(big), 413)).error.code).toBe('payload_too_large');
    const target = await answer<ApiError>(
      await post(JSON.stringify({ sigma: VALID_RULE, targets: ['arcsight'] })),
      400,
    );
    expect(target.error).toMatchObject({ code: 'bad_request', field: 'targets.0' });
    expect((await answer<ApiError>(await post('{"rule": "x"}'), 400)).error).toMatchObject({ field: 'sigma' });
    expect((await answer<ApiError>(await post(VALID_RULE, 'application/yaml'), 415)).error.code).toBe(
      'unsupported_media_type',
    );
  });
});
