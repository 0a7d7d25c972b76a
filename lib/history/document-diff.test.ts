import { describe, expect, it } from 'vitest';
import { testDocument } from '../store/testing';
import { type DiffRow, diffDocuments, diffTexts } from './document-diff';

const sides = (rows: DiffRow[]) =>
  rows.map((r) =>
    r.type === 'gap'
      ? `… ${r.hidden}`
      : `${r.left.number ?? '-'}${r.left.kind[0]} ${r.left.parts.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('')} | ${r.right.number ?? '-'}${r.right.kind[0]} ${r.right.parts.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('')}`,
  );

describe('diffTexts', () => {
  it('pairs a changed line left and right, with the changed words marked', () => {
    const { rows, removed, added } = diffTexts('a\nlevel: high\nc', 'a\nlevel: critical\nc\n');
    expect(sides(rows)).toEqual(['1s a | 1s a', '2r level: [high] | 2a level: [critical]', '3s c | 3s c']);
    expect([removed, added]).toEqual([1, 1]);
  });

  it('shows added and removed lines against an empty side, and text that appears from nothing', () => {
    expect(sides(diffTexts('a\nb\n', 'a\nb\nc\nd\n').rows)).toEqual([
      '1s a | 1s a',
      '2s b | 2s b',
      '-e  | 3a [c]',
      '-e  | 4a [d]',
    ]);
    expect(sides(diffTexts('', 'new').rows)).toEqual(['-e  | 1a [new]']);
    expect(sides(diffTexts('gone', '').rows)).toEqual(['1r [gone] | -e ']);
  });

  it('folds unchanged stretches beyond the context', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 10', 'line ten');
    const rows = sides(diffTexts(before, after, 2).rows);
    expect(rows).toEqual([
      '… 7',
      '8s line 8 | 8s line 8',
      '9s line 9 | 9s line 9',
      '10r line [10] | 10a line [ten]',
      '11s line 11 | 11s line 11',
      '12s line 12 | 12s line 12',
      '… 8',
    ]);
  });

  it('keeps markup as text: the diff is data, rendered as text by React', () => {
    const { rows } = diffTexts('x', '<script>alert(1)</script>');
    expect(rows[0]).toMatchObject({ right: { parts: [{ text: '<script>alert(1)</script>', changed: true }] } });
  });
});

describe('diffDocuments', () => {
  it('lists only the fields that changed, under the names the editor uses, in its order', () => {
    const a = testDocument('d');
    const b = testDocument('d', {
      summary: 'A better summary.',
      sigma: a.sigma.replace('level: high', 'level: critical'),
      falsePositives: [...a.falsePositives, { title: 'Backups', detail: 'Nightly job.' }],
      variants: a.variants.map((v) => ({ ...v, query: `${v.query} -- tuned` })),
      investigation: 'Look at the source address.',
    });
    const diff = diffDocuments(a, b);
    expect(diff.map((f) => f.label)).toEqual([
      'Summary',
      'False positives',
      'Investigation guide',
      'Sigma rule',
      'qradar: query',
    ]);
    expect(diffDocuments(a, a)).toEqual([]);
  });

  it('compares a SIEM variant that only one revision has with nothing', () => {
    const a = testDocument('d');
    const b = testDocument('d', { variants: [] });
    const gone = diffDocuments(a, b);
    expect(gone.map((f) => f.key)).toEqual([
      'variants.qradar.query',
      'variants.qradar.description',
      'variants.qradar.sources',
    ]);
    expect(gone.every((f) => f.added === 0 && f.removed > 0)).toBe(true);
  });
});
