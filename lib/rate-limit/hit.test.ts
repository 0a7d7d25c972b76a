import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../db/client';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { hitRateLimit } from './hit';
import type { RateLimit } from './limits';

const LIMIT: RateLimit = { name: 'test', hits: 5, windowSeconds: 10 };
const T0 = Date.UTC(2026, 11, 2, 12, 0, 0); // the start of a window

describe.each(PROVIDERS)('hitRateLimit on %s', (provider) => {
  let t: TestDatabase;
  // A second client on the same database: another app instance.
  let other: Db;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    other = createDb(t.url);
  });
  afterAll(async () => {
    await other?.$disconnect();
    await t?.drop();
  });

  it('allows `hits` requests per window, then refuses with the seconds left in the window', async () => {
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push(await hitRateLimit(t.db, LIMIT, 'a', T0 + 2_500));
    expect(seen.slice(0, 5).map((d) => d.allowed && d.remaining)).toEqual([4, 3, 2, 1, 0]);
    expect(seen[5]).toEqual({ allowed: false, retryAfterSeconds: 8 });
    expect(await hitRateLimit(t.db, LIMIT, 'a', T0 + 9_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Another client has its own count; the next window starts again.
    expect(await hitRateLimit(t.db, LIMIT, 'b', T0 + 3_000)).toEqual({ allowed: true, remaining: 4 });
    expect(await hitRateLimit(t.db, LIMIT, 'a', T0 + 10_000)).toEqual({ allowed: true, remaining: 4 });
  });

  it('counts every concurrent request once, across two instances', async () => {
    const limit: RateLimit = { name: 'burst', hits: 40, windowSeconds: 60 };
    const now = T0 + 1_000;
    const decisions = await Promise.all(
      Array.from({ length: 100 }, (_, i) => hitRateLimit(i % 2 ? t.db : other, limit, 'c', now)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(40);
    const row = await t.db.rateLimitWindow.findUniqueOrThrow({ where: { key: `burst|c|${Math.floor(now / 60_000)}` } });
    expect(row.hits).toBe(100);
  });

  it('deletes the rows of windows that are over', async () => {
    await hitRateLimit(t.db, LIMIT, 'old', T0 + 1_000);
    await hitRateLimit(t.db, LIMIT, 'new', T0 + 3_600_000);
    const keys = (await t.db.rateLimitWindow.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.startsWith('test|old|'))).toBe(false);
    expect(keys.some((k) => k.startsWith('test|new|'))).toBe(true);
  });
});
