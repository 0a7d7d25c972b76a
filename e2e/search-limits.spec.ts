// /search under load (issue 6, point 13): a per-client rate limit that answers 429 with Retry-After (a page for
// people, JSON under /api/v1), counted in the database so several instances share it, keyed by the client's
// address (X-Forwarded-For only from a trusted proxy); and one shared cache entry for identical searches.
import { expect, test } from '@playwright/test';
import { createDb } from '../lib/db/client';
import { RATE_LIMITS } from '../lib/rate-limit/limits';
import { atWindowStart, freshClient, MAIN_PORT, type Sent, send, startInstance } from './support/servers';

const { hits, windowSeconds } = RATE_LIMITS.search;
// Each test sends a few windows' worth of searches; on a busy machine that is more than Playwright's default 30 s.
test.describe.configure({ timeout: 120_000 });
// Enough of the window left for a burst of `hits` cached searches plus one.
const BURST_SECONDS = 6;

/**
 * Sends until the first 429, at most three windows' worth: a burst that straddles a window boundary (this machine
 * can be slow) needs more than `hits` + 1 requests. Returns how many were let through before it, and the 429.
 */
async function untilLimited(next: (i: number) => Promise<Sent>): Promise<{ served: number; refusal: Sent }> {
  for (let i = 0; i < 3 * hits + 1; i++) {
    const res = await next(i);
    if (res.status !== 200) return { served: i, refusal: res };
  }
  throw new Error(`no 429 after ${3 * hits + 1} searches`);
}

function expectLimited(res: Sent, what: string) {
  expect(res.status, what).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter, what).toBeGreaterThanOrEqual(1);
  expect(retryAfter, what).toBeLessThanOrEqual(windowSeconds);
}

test.describe('the search rate limit on one instance', () => {
  test('a client past the limit gets 429 with Retry-After: a page for people, JSON from the API', async () => {
    const client = freshClient();
    await atWindowStart(windowSeconds, BURST_SECONDS);
    const { served, refusal: page } = await untilLimited((i) =>
      send({ path: `/search?q=mirror&page=${1 + (i % 3)}`, from: client }),
    );
    expect(served).toBeGreaterThanOrEqual(hits);
    expectLimited(page, 'page');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Too many requests</h1>');
    expect(page.body).toMatch(/Wait \d+ seconds?, then try again/);

    const api = await send({ path: '/api/v1/detections?q=mirror', from: client });
    expectLimited(api, 'api');
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(api.body).error.code).toBe('rate_limited');

    // The cached pages are not limited, and another client has its own count.
    expect((await send({ path: '/detections/traffic-duplication/qradar', from: client })).status).toBe(200);
    expect((await send({ path: '/search?q=mirror', from: freshClient() })).status).toBe(200);
  });

  test('a new X-Forwarded-For on every request is still one client when no proxy is trusted', async () => {
    const client = freshClient();
    await atWindowStart(windowSeconds, BURST_SECONDS);
    const { served, refusal } = await untilLimited((i) =>
      send({ path: '/search?q=mirror', from: client, headers: { 'x-forwarded-for': `198.51.100.${i % 250}` } }),
    );
    expect(served).toBeGreaterThanOrEqual(hits);
    expectLimited(refusal, 'a search with its own X-Forwarded-For');
  });
});

test('a portal whose TRUST_PROXY is not a number of proxies refuses to start, saying why', async () => {
  test.setTimeout(90_000);
  await expect(startInstance(MAIN_PORT + 21, { TRUST_PROXY: 'yes' })).rejects.toThrow(
    /exited \(1\): .*TRUST_PROXY must be the number of proxies in front of the portal \(e\.g\. 1 behind nginx\), got "yes"/s,
  );
});

test.describe('two instances on one database, the second behind a trusted proxy', () => {
  test.describe.configure({ mode: 'serial' });
  const secondPort = MAIN_PORT + 20;
  let stop: (() => Promise<void>) | undefined;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    stop = (await startInstance(secondPort, { TRUST_PROXY: '1' })).stop;
  });
  test.afterAll(async () => {
    await stop?.();
  });

  test('count one client’s searches together', async () => {
    const client = freshClient();
    await atWindowStart(windowSeconds, BURST_SECONDS);
    const windowOf = () => Math.floor(Date.now() / (windowSeconds * 1000));
    const portOf = (i: number) => (i % 2 ? secondPort : MAIN_PORT);
    const servedIn: Array<{ port: number; window: number }> = [];
    const { served, refusal } = await untilLimited(async (i) => {
      const res = await send({ port: portOf(i), path: '/search?q=mirror', from: client });
      servedIn.push({ port: portOf(i), window: windowOf() });
      return res;
    });
    expectLimited(refusal, 'alternating instances');
    // Counting alone, an instance refuses only after `hits` searches of its own in one window: the one that
    // refused had served about half that many.
    const refusedBy = portOf(served);
    const own = servedIn.slice(0, served).filter((s) => s.port === refusedBy && s.window === windowOf()).length;
    expect(own).toBeLessThan(hits);
    const other = portOf(served + 1);
    expectLimited(await send({ port: other, path: '/search?q=mirror', from: client }), `the other instance (${other})`);
  });

  test('behind the trusted proxy, the client is the address the proxy appended, not what came before it', async () => {
    const proxy = freshClient();
    const behind = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const via = (client: string, claimed: string) =>
      send({
        port: secondPort,
        path: '/search?q=mirror',
        from: proxy,
        headers: { 'x-forwarded-for': `${claimed}, ${client}` },
      });
    await atWindowStart(windowSeconds, BURST_SECONDS);
    const { served, refusal } = await untilLimited((i) => via(behind, `203.0.113.${i % 250}`));
    expect(served).toBeGreaterThanOrEqual(hits);
    expectLimited(refusal, `searches from ${behind}, each with another address claimed before it`);
    // Another client behind the same proxy has its own count.
    expect((await via('192.0.2.77', '203.0.113.1')).status).toBe(200);
  });

  test('serve identical searches from one entry both instances share', async ({ request }) => {
    const term = `probe${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const db = createDb(process.env.DATABASE_URL ?? 'file:./data/e2e.db');
    try {
      const entry = () => db.cacheEntry.findMany({ where: { key: { startsWith: `search-page?q=${term}&` } } });
      const first = await request.get(`/search?q=${term}`);
      expect(first.status()).toBe(200);
      const [stored, ...more] = await entry();
      expect(more).toEqual([]);
      expect(stored?.expiresAt.getTime()).toBeGreaterThan(Date.now());

      const second = await request.get(`http://127.0.0.1:${secondPort}/search?q=${term}`);
      expect(second.status()).toBe(200);
      expect(await second.text()).toContain(`0 detections for “${term}”`);
      // Served from the entry the first instance stored: not computed and stored again.
      expect(await entry()).toEqual([stored]);
    } finally {
      await db.$disconnect();
    }
  });
});
