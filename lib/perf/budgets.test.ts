import { describe, expect, it } from 'vitest';
import { median, missedTargets, PAGE_BUDGETS, SEED_PAGE } from './budgets';

describe('page budgets', () => {
  const seed = PAGE_BUDGETS.find((b) => b.path === SEED_PAGE)!;
  const search = PAGE_BUDGETS.find((b) => b.path.startsWith('/search'))!;

  it('holds the issue’s targets: the seed page 120 KB, the matrix and home 150 KB', () => {
    expect(PAGE_BUDGETS.map((b) => [b.path, b.maxHtmlBytes])).toEqual([
      ['/detections/traffic-duplication/qradar', 120_000],
      ['/', 150_000],
      ['/techniques', 150_000],
      ['/search?q=powershell', undefined],
    ]);
  });

  it('names every missed target and nothing else', () => {
    expect(missedTargets(seed, 120_000, { score: 95, totalBlockingMs: 199 })).toEqual([]);
    expect(missedTargets(seed, 120_001, { score: 94, totalBlockingMs: 200 })).toEqual([
      '/detections/traffic-duplication/qradar: HTML is 120001 bytes, the limit is 120000',
      '/detections/traffic-duplication/qradar: performance 94, at least 95 wanted',
      '/detections/traffic-duplication/qradar: total blocking time 200 ms, under 200 ms wanted',
    ]);
    expect(missedTargets(search, 10_000_000)).toEqual([]);
  });

  it('takes the middle of several runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of no values');
  });
});
