import { describe, expect, it } from 'vitest';
import { memo } from './memo';
import { forgetProcessAnswers, processCachesOn } from './process-generation';

function counter() {
  const c = {
    calls: 0,
    compute: async () => {
      c.calls++;
      return c.calls;
    },
  };
  return c;
}

describe('memo', () => {
  it('computes a key once, concurrent misses included, until content changes', async () => {
    const m = memo<number>({ max: 10, ttlMs: 60_000 });
    const c = counter();
    expect(await Promise.all([m('a', c.compute), m('a', c.compute), m('a', c.compute)])).toEqual([1, 1, 1]);
    expect(await m('b', c.compute)).toBe(2);
    forgetProcessAnswers();
    expect(await m('a', c.compute)).toBe(3);
    expect(await m('a', c.compute)).toBe(3);
  });

  it('keeps nothing with a shared cache (REDIS_URL) or when turned off', async () => {
    expect(processCachesOn({})).toBe(true);
    expect(processCachesOn({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe(false);
    expect(processCachesOn({ TRIPLINE_RESPONSE_CACHE: 'off' })).toBe(false);
    const m = memo<number>({ max: 10, ttlMs: 60_000 });
    const c = counter();
    process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    try {
      expect([await m('a', c.compute), await m('a', c.compute)]).toEqual([1, 2]);
    } finally {
      delete process.env.REDIS_URL;
    }
    expect([await m('a', c.compute), await m('a', c.compute)]).toEqual([3, 3]);
  });

  it('drops an answer after its time and never keeps a failure', async () => {
    const m = memo<number>({ max: 10, ttlMs: 20 });
    const c = counter();
    expect(await m('a', c.compute)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await m('a', c.compute)).toBe(2);
    await expect(m('b', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await m('b', c.compute)).toBe(3);
  });

  it('keeps no more than max keys', async () => {
    const m = memo<number>({ max: 2, ttlMs: 60_000 });
    const c = counter();
    for (const k of ['a', 'b', 'c']) await m(k, c.compute);
    expect(await m('a', c.compute)).toBe(4);
  });
});
