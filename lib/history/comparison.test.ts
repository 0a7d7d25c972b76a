import { describe, expect, it } from 'vitest';
import { chooseComparison } from './comparison';

describe('chooseComparison', () => {
  it('compares the two asked for, older on the left, or the newest with the one before', () => {
    expect(chooseComparison([3, 2, 1], '1', '3')).toEqual({ from: 1, to: 3 });
    expect(chooseComparison([3, 2, 1], '3', '1')).toEqual({ from: 1, to: 3 });
    expect(chooseComparison([3, 2, 1], undefined, undefined)).toEqual({ from: 2, to: 3 });
    expect(chooseComparison([1], undefined, undefined)).toBeNull();
  });

  it('falls back to the newest two for a revision that does not exist or is not a number', () => {
    expect(chooseComparison([3, 2, 1], '9', '1')).toEqual({ from: 2, to: 3 });
    expect(chooseComparison([3, 2, 1], '2', '2')).toEqual({ from: 2, to: 3 });
    expect(chooseComparison([3, 2, 1], '1e0', '2')).toEqual({ from: 2, to: 3 });
    expect(chooseComparison([3, 2, 1], '-1', '2')).toEqual({ from: 2, to: 3 });
  });
});
