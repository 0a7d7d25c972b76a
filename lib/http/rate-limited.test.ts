import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { RATE_LIMITS } from '../rate-limit/limits';
import { CLIENT_ADDRESS_HEADER } from './node-request-hook';
import { rateLimitFor, refuseOverLimit } from './rate-limited';

describe('rateLimitFor', () => {
  it('limits the searches, not the cached pages', () => {
    expect(rateLimitFor('/search')).toBe('search');
    expect(rateLimitFor('/api/v1/detections')).toBe('search');
    expect(rateLimitFor('/api/v1/detections/traffic-duplication')).toBeUndefined();
    expect(rateLimitFor('/detections/traffic-duplication/qradar')).toBeUndefined();
    expect(rateLimitFor('/searching')).toBeUndefined();
    expect(rateLimitFor('/rules.zip')).toBe('bundle');
    expect(rateLimitFor('/rules/traffic-duplication.yml')).toBeUndefined();
    expect(rateLimitFor('/api/v1/navigator-layer')).toBe('search');
    expect(rateLimitFor('/api/v1/changes')).toBe('search');
    expect(rateLimitFor('/changes.atom')).toBe('search');
  });

  it('limits the public Sigma tools, which spend up to a second of CPU per request', () => {
    expect(rateLimitFor('/api/v1/sigma/match')).toBe('sigmaMatch');
    expect(rateLimitFor('/api/v1/sigma/validate')).toBe('sigma');
    expect(rateLimitFor('/api/v1/sigma/convert/')).toBe('sigma');
    expect(rateLimitFor('/api/v1/sigma/matches')).toBeUndefined();
  });
});

describe('refuseOverLimit', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await t?.drop();
  });
  // One instant, so the whole test falls in one window however long it takes.
  const now = Date.UTC(2026, 11, 2, 12, 0, 1);
  const from = (client: string) =>
    new Request('http://localhost/search', { headers: { [CLIENT_ADDRESS_HEADER]: client } });

  it('lets a client through up to the limit, then answers 429 with Retry-After, a page or JSON', async () => {
    const { hits } = RATE_LIMITS.search;
    for (let i = 0; i < hits; i++)
      expect(await refuseOverLimit(t.db, from('192.0.2.1'), 'search', { json: false, now })).toBeNull();
    const page = await refuseOverLimit(t.db, from('192.0.2.1'), 'search', { json: false, now });
    expect(page?.status).toBe(429);
    expect(page?.headers.get('retry-after')).toBe('9');
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page?.text()).toContain(`More than ${hits} requests in`);

    const json = await refuseOverLimit(t.db, from('192.0.2.1'), 'search', { json: true, now });
    expect(json?.status).toBe(429);
    expect(json?.headers.get('retry-after')).toBe('9');
    expect(((await json!.json()) as { error: { code: string } }).error.code).toBe('rate_limited');

    expect(await refuseOverLimit(t.db, from('192.0.2.2'), 'search', { json: false, now })).toBeNull();
  });

  it('fails, naming the hook, for a request that no hook gave an address: never one count for every client', async () => {
    const before = await t.db.rateLimitWindow.count();
    const bare = new Request('http://localhost/search');
    await expect(refuseOverLimit(t.db, bare, 'search', { json: true, now })).rejects.toThrow(
      /^no x-tripline-client-address on this request: lib\/http\/node-request-hook\.ts is not installed/,
    );
    expect(await t.db.rateLimitWindow.count()).toBe(before);
  });
});
