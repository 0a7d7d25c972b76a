import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { detectionDocumentSchema } from '../detections/document';
import { blankForm } from './blank-form';
import { documentOfForm, formOfDocument, readTestPlan, splitTables } from './form';

const shipped = () => {
  const { content } = loadContent('content');
  const d = content.detections.find((x) => x.slug === 'traffic-duplication');
  if (!d) throw new Error('content/detections/traffic-duplication is missing');
  return detectionDocumentSchema.parse(d.document);
};

describe('the editor form', () => {
  it('gives back the very document it was made from, test plan, samples and every SIEM included', () => {
    const doc = shipped();
    const { document, findings } = documentOfForm(formOfDocument(doc));
    expect(findings).toEqual([]);
    expect(detectionDocumentSchema.parse(document)).toEqual(doc);
  });

  it('keeps unicode and odd characters of the test plan through its YAML', () => {
    const doc = shipped();
    const samples = doc.samples.map((s, i) =>
      i === 0
        ? { ...s, description: 'Ünïcödé “quotes” — and: a colon # not a comment', event: { ...s.event, n: '0123' } }
        : s,
    );
    const { document } = documentOfForm(formOfDocument({ ...doc, samples }));
    expect((document.samples as typeof samples)[0]).toEqual(samples[0]);
  });

  it('reads a SIEM’s tables from one line', () => {
    expect(splitTables(' events, flows ,\nmore,, ')).toEqual(['events', 'flows', 'more']);
  });

  it('says where the test plan’s YAML is broken, and what it may hold', () => {
    const broken = readTestPlan('tests: []\nsamples:\n  - key: a\n    event: {x: [1}\n');
    expect(broken.findings).toEqual([
      expect.objectContaining({ code: 'TEST_PLAN_YAML', field: 'testPlan', line: 4, severity: 'error' }),
    ]);
    expect(readTestPlan('- a\n').findings[0]?.code).toBe('TEST_PLAN_SHAPE');
    expect(readTestPlan('tests: []\nsample: []\n').findings[0]?.message).toMatch(/not `sample:`/);
    expect(readTestPlan('').plan).toEqual({ tests: [], samples: [] });
  });

  it('starts a new detection with a rule skeleton carrying its id and date', () => {
    const form = blankForm('0b8f3c1e-0000-4000-8000-000000000001', '2026-12-02');
    expect(form.sigma).toMatch(/^id: 0b8f3c1e-0000-4000-8000-000000000001$/m);
    expect(form.sigma).toMatch(/^date: 2026-12-02$/m);
    expect(readTestPlan(form.testPlan)).toEqual({ plan: { tests: [], samples: [] }, findings: [] });
  });
});
