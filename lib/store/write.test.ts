import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { documentOfSnapshot } from '../detections/snapshot';
import { StoreConflict, type StoreWrite, unpublish, writeDetections } from './index';
import { AWS_ID, AZURE_ID, otherDocument, seedCatalog, testDocument } from './testing';

const at = new Date('2026-12-02T10:00:00Z');
const write = (over: Partial<StoreWrite> = {}): StoreWrite => ({
  document: testDocument(),
  source: 'tripline',
  channel: 'editor',
  message: 'test',
  mode: 'publish',
  ...over,
});

describe.each(PROVIDERS)('the detection store on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedCatalog(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });
  const run = (writes: StoreWrite[]) => t.db.$transaction((tx) => writeDetections(tx, writes, at));
  const row = (slug: string) =>
    t.db.detection.findUniqueOrThrow({
      where: { slug },
      include: {
        rules: { orderBy: { order: 'asc' } },
        techniques: true,
        variants: { include: { dataSources: { include: { dataSource: true } } } },
        testCases: true,
        samples: { orderBy: { order: 'asc' } },
        revisions: { orderBy: { number: 'asc' } },
      },
    });

  it('creates a detection with every row under it, its proof, one rule row per rule and revision 1', async () => {
    const [result] = await run([write()]);
    expect(result).toMatchObject({ slug: 'store-test', outcome: 'created', revision: 1 });
    const d = await row('store-test');
    expect(d).toMatchObject({
      status: 'published',
      headRevision: 1,
      publishedRevision: 1,
      sigmaId: AWS_ID,
      source: 'tripline',
    });
    expect(d.rules.map((r) => [r.id, r.logsource])).toEqual([
      [AWS_ID, 'aws/cloudtrail'],
      [AZURE_ID, 'azure/activitylogs'],
    ]);
    expect(d.rules[1]?.yaml.startsWith('title: Mirror session (Azure)')).toBe(true);
    expect(d.variants[0]?.dataSources[0]?.dataSource.name).toBe('AWS CloudTrail');
    expect(d.samples.map((s) => [s.key, s.ruleId, s.testCaseId !== null])).toEqual([
      ['aws', AWS_ID, true],
      ['azure', AZURE_ID, false],
      ['list', AWS_ID, false],
    ]);
    expect(d.proof).toMatchObject({ ok: true, attack: { matched: 2, total: 2 }, benign: { matched: 0, total: 1 } });
    expect(d.revisions.map((r) => [r.number, r.source])).toEqual([[1, 'editor']]);
    expect(documentOfSnapshot(d.revisions[0]?.snapshot)).toEqual(testDocument());
  });

  it('writes nothing for the same document again', async () => {
    const [result] = await run([write()]);
    expect(result).toMatchObject({ outcome: 'unchanged', revision: 1 });
    expect((await row('store-test')).revisions).toHaveLength(1);
  });

  it('keeps a change to a published detection as a pending revision: the public rows stay as approved', async () => {
    const changed = testDocument('store-test', { title: 'Store test, revised' });
    const [result] = await run([write({ document: changed, mode: 'revise', channel: 'api' })]);
    expect(result).toMatchObject({ outcome: 'revised', revision: 2 });
    const d = await row('store-test');
    expect(d).toMatchObject({ title: 'Store test', headRevision: 2, publishedRevision: 1, status: 'published' });
    expect(documentOfSnapshot(d.revisions[1]?.snapshot).title).toBe('Store test, revised');

    const [again] = await run([write({ document: changed, mode: 'revise' })]);
    expect(again).toMatchObject({ outcome: 'unchanged', revision: 2 });

    const [published] = await run([write({ document: changed, mode: 'publish' })]);
    expect(published).toMatchObject({ outcome: 'updated', revision: 2 });
    expect(await row('store-test')).toMatchObject({
      title: 'Store test, revised',
      headRevision: 2,
      publishedRevision: 2,
    });
  });

  it('lets a never-published draft follow its newest revision', async () => {
    await run([write({ document: otherDocument('draft-one', 'd0000001'), mode: 'revise', expect: 'new' })]);
    const second = otherDocument('draft-one', 'd0000001', { summary: 'second draft' });
    const [result] = await run([write({ document: second, mode: 'revise' })]);
    expect(result).toMatchObject({ outcome: 'updated', revision: 2 });
    expect(await row('draft-one')).toMatchObject({ status: 'draft', summary: 'second draft', publishedRevision: null });
  });

  it('refuses what the writer did not expect, and a rule id another detection owns, changing nothing', async () => {
    const before = await row('store-test');
    await expect(run([write({ expect: 'new' })])).rejects.toThrow(StoreConflict);
    await expect(run([write({ expect: { id: 'someone-else' } })])).rejects.toThrow(
      /not the one this change was made to/,
    );
    await expect(run([write({ document: testDocument('thief'), expect: 'new' })])).rejects.toThrow(
      new RegExp(`rule id ${AWS_ID} is already a rule of store-test`),
    );
    expect(await row('store-test')).toEqual(before);
    expect(await t.db.detection.count({ where: { slug: 'thief' } })).toBe(0);
  });

  it('records what the public saw change: added, changed, withdrawn, added again; never a pending revision', async () => {
    const doc = otherDocument('feed-one', 'f0000001');
    const changes = async () =>
      (
        await t.db.publicChange.findMany({
          where: { detection: { slug: 'feed-one' } },
          orderBy: { seq: 'asc' },
        })
      ).map((c) => `${c.kind} ${c.revision}`);
    await run([write({ document: doc, mode: 'draft', expect: 'new' })]);
    expect(await changes()).toEqual([]);
    await run([write({ document: doc, mode: 'publish' })]);
    expect(await changes()).toEqual(['added 1']);
    const revised = otherDocument('feed-one', 'f0000001', { summary: 'revised' });
    await run([write({ document: revised, mode: 'revise' })]);
    expect(await changes()).toEqual(['added 1']);
    await run([write({ document: revised, mode: 'publish' })]);
    await run([write({ document: revised, mode: 'publish' })]);
    expect(await changes()).toEqual(['added 1', 'changed 2']);
    const { id } = await t.db.detection.findUniqueOrThrow({ where: { slug: 'feed-one' } });
    await t.db.$transaction((tx) => unpublish(tx, id, at));
    await t.db.$transaction((tx) => unpublish(tx, id, at));
    expect(await changes()).toEqual(['added 1', 'changed 2', 'withdrawn 2']);
    await run([write({ document: revised, mode: 'publish' })]);
    expect(await changes()).toEqual(['added 1', 'changed 2', 'withdrawn 2', 'added 2']);
    await run([write({ document: revised, mode: 'draft' })]);
    expect(await changes()).toEqual(['added 1', 'changed 2', 'withdrawn 2', 'added 2', 'withdrawn 2']);
    const last = await t.db.publicChange.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(last.at).toEqual(at);
  });

  it('links related detections by slug within one batch, whichever comes first', async () => {
    const a = otherDocument('rel-a', '6a1e2b3c', { related: ['rel-b'] });
    const b = otherDocument('rel-b', '7a1e2b3c', { related: ['rel-a'] });
    await run([write({ document: a }), write({ document: b })]);
    const links = await t.db.relatedDetection.findMany({ include: { from: true, to: true } });
    expect(links.map((l) => `${l.from.slug}->${l.to.slug}`).sort()).toEqual(['rel-a->rel-b', 'rel-b->rel-a']);
  });
});
