import { describe, expect, it } from 'vitest';
import { samplesReport, samplesToRun, summarise } from './sample-results';

describe('the samples run', () => {
  it('reads the match endpoint’s proof: which samples matched, which selections held, which failed', () => {
    const report = samplesReport({
      proof: { ok: false, attack: { matched: 1, total: 2 }, benign: { matched: 0, total: 1 } },
      results: [
        { index: 0, key: 'a', expect: 'match', match: true, ok: true, selections: { selection: true, filter: false } },
        { index: 1, key: 'b', expect: 'match', match: false, ok: false, selections: { selection: false } },
        { index: 2, key: 'c', expect: 'miss', match: false, ok: true, selections: {} },
      ],
    });
    expect(report.ok).toBe(false);
    expect(report.samples).toEqual([
      { key: 'a', expect: 'match', matched: true, ok: true, held: ['selection'] },
      { key: 'b', expect: 'match', matched: false, ok: false, held: [] },
      { key: 'c', expect: 'miss', matched: false, ok: true, held: [] },
    ]);
    expect(summarise(report)).toBe('1 of 2 attack samples matched, 0 of 1 benign look-alike matched');
  });

  it('sends each sample as the endpoint takes it, naming the unnamed', () => {
    expect(
      samplesToRun([
        { key: 'a', expect: 'miss', rule: 'r1', event: { x: 1 }, description: 'dropped' },
        { expect: 'other' },
        'not a sample',
      ]),
    ).toEqual([
      { key: 'a', expect: 'miss', rule: 'r1', event: { x: 1 } },
      { key: 'sample-2', expect: 'match', event: {} },
    ]);
    expect(samplesToRun(undefined)).toEqual([]);
  });
});
