import { describe, expect, it } from 'vitest';
import { testDocument } from '../store/testing';
import { documentOfSnapshot, SnapshotError, snapshotOf } from './snapshot';

describe('revision snapshots', () => {
  it('read back the document they keep', () => {
    const doc = testDocument();
    expect(documentOfSnapshot(JSON.parse(JSON.stringify(snapshotOf(doc))))).toEqual(doc);
  });

  it('read the version 1 shape the content import wrote', () => {
    const doc = testDocument();
    const v1 = {
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      techniques: doc.techniques,
      severity: doc.severity,
      confidence: doc.confidence,
      status: 'published',
      related: [],
      falsePositives: doc.falsePositives,
      overview: doc.overview,
      investigation: '',
      response: '',
      hunting: '',
      sigmaYaml: doc.sigma,
      testPlan: { tests: doc.tests, samples: doc.samples },
      variants: doc.variants.map(({ platform, dataSources, tables, query, description, tuning }) => ({
        platform,
        dataSources,
        tables,
        query,
        description,
        tuning,
      })),
    };
    expect(documentOfSnapshot(v1)).toEqual(doc);
  });

  it('read the version 1 shape the Sigma import wrote', () => {
    const v1 = {
      slug: 'imported',
      sigmaId: 'abc',
      title: 'Imported',
      summary: 'One sentence.',
      severity: 'low',
      confidence: 'low',
      status: 'published',
      falsePositives: [{ title: 'Admins', detail: '' }],
      sigmaYaml: 'title: Imported\n',
      sigmaSha256: 'x',
      techniques: ['T1020'],
      overview: 'One sentence.',
      importedFrom: 'rules/x.yml',
    };
    expect(documentOfSnapshot(v1)).toMatchObject({
      slug: 'imported',
      sigma: 'title: Imported\n',
      techniques: ['T1020'],
      falsePositives: [{ title: 'Admins', detail: '' }],
      variants: [],
      samples: [],
    });
  });

  it('say what is wrong with a snapshot they cannot read', () => {
    expect(() => documentOfSnapshot({ version: 7 })).toThrow(new SnapshotError('unknown snapshot version 7'));
    expect(() => documentOfSnapshot({ version: 2, document: { slug: 'x' } })).toThrow(/version 2 snapshot/);
    expect(() => documentOfSnapshot('text')).toThrow(/must be an object/);
  });
});
