import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect([
      editDistance('contians', 'contains'),
      editDistance('kitten', 'sitting'),
      editDistance('', 'abc'),
      editDistance('abc', 'abc'),
    ]).toEqual([1, 3, 3, 0]);
  });

  it('stops at a bound, returning bound + 1 for anything further', () => {
    expect([
      editDistance('kitten', 'sitting', 2),
      editDistance('kitten', 'sitting', 3),
      editDistance('a', 'abcdef', 2),
    ]).toEqual([3, 3, 3]);
  });

  it('compares long names in time proportional to their length when bounded', () => {
    const a = `${'x'.repeat(5000)}1`;
    const b = `${'x'.repeat(5000)}2`;
    const started = performance.now();
    for (let i = 0; i < 100; i++) expect(editDistance(a, b, 2)).toBe(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('closest', () => {
  it('suggests the one candidate within reach, and nothing when two are as close', () => {
    expect(closest('contians', ['contains', 'endswith'])).toBe('contains');
    expect(closest('selection_3', ['selection_1', 'selection_2'])).toBeUndefined();
    expect(closest('x'.repeat(10_000), ['contains'])).toBeUndefined();
  });
});
