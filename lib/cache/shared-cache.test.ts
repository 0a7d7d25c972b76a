import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../db/client';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { cached, clearSharedCache } from './shared-cache';

describe.each(PROVIDERS)('cached on %s', (provider) => {
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

  function counter<T>(value: T) {
    const c = {
      calls: 0,
      compute: async () => {
        c.calls++;
        return value;
      },
    };
    return c;
  }

  it('computes a key once and serves it to another instance until it expires', async () => {
    const c = counter({ n: 1 });
    expect(await cached(t.db, 'k1', 60, c.compute)).toEqual({ n: 1 });
    expect(await cached(other, 'k1', 60, c.compute)).toEqual({ n: 1 });
    expect(c.calls).toBe(1);

    const short = counter('v');
    await cached(t.db, 'k2', 0, short.compute);
    await cached(other, 'k2', 0, short.compute);
    expect(short.calls).toBe(2);
  });

  it('computes once for concurrent misses of one key in one process', async () => {
    const c = counter([1, 2, 3]);
    const all = await Promise.all(Array.from({ length: 20 }, () => cached(t.db, 'k3', 60, c.compute)));
    expect(all.every((v) => JSON.stringify(v) === '[1,2,3]')).toBe(true);
    expect(c.calls).toBe(1);
  });

  it('revives what JSON cannot carry with decode', async () => {
    const at = new Date('2026-12-02T10:00:00.000Z');
    const decode = (json: unknown) => ({ at: new Date((json as { at: string }).at) });
    await cached(t.db, 'k4', 60, async () => ({ at }), decode);
    const again = await cached(other, 'k4', 60, async () => ({ at: new Date(0) }), decode);
    expect(again.at).toEqual(at);
  });

  it('forgets everything, for every instance, when content changes', async () => {
    const c = counter('x');
    await cached(t.db, 'k5', 60, c.compute);
    await clearSharedCache(other);
    await cached(t.db, 'k5', 60, c.compute);
    expect(c.calls).toBe(2);
  });
});
