import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { detectionDocumentSchema } from '../detections/document';
import { reviewDiff } from './review-diff';

const shipped = () => {
  const d = loadContent('content').content.detections.find((x) => x.slug === 'traffic-duplication');
  if (!d) throw new Error('content/detections/traffic-duplication is missing');
  return detectionDocumentSchema.parse(d.document);
};

describe('the diff a reviewer approves', () => {
  it('lists only the fields that changed, with the changed lines and a little context', () => {
    const before = shipped();
    const sigma = before.sigma.replace(/^level: \w+/m, 'level: critical');
    const after = { ...before, summary: 'A new summary.', sigma, variants: before.variants.slice(1) };
    const diff = reviewDiff(before, after);
    const removed = before.variants[0]?.platform;
    expect(diff.map((d) => d.label)).toEqual(
      expect.arrayContaining(['Summary', 'Sigma rule', `${removed} query`, `${removed} tables`]),
    );
    expect(diff.map((d) => d.label)).not.toContain('Title');
    const summary = diff.find((d) => d.label === 'Summary');
    expect(summary?.lines).toEqual([
      { kind: 'removed', text: before.summary },
      { kind: 'added', text: 'A new summary.' },
    ]);
    const rule = diff.find((d) => d.label === 'Sigma rule')?.lines ?? [];
    expect(rule.filter((l) => l.kind === 'added')).toEqual([{ kind: 'added', text: 'level: critical' }]);
    expect(rule.length).toBeLessThan(before.sigma.split('\n').length);
    expect(rule).toContainEqual({ kind: 'same', text: '…' });
  });

  it('shows a first version as all new, and nothing when nothing changed', () => {
    const doc = shipped();
    expect(reviewDiff(doc, doc)).toEqual([]);
    const first = reviewDiff(null, doc);
    expect(first.find((d) => d.label === 'Title')?.lines).toEqual([{ kind: 'added', text: doc.title }]);
  });
});
