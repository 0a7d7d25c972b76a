import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { CONVERTER_VERSION } from '../detections/conversions';
import { reconvertStale, type StoreWrite, writeDetections } from './index';
import { RULES, seedCatalog, testDocument } from './testing';

const at = new Date('2026-12-02T10:00:00Z');
const write = (document = testDocument()): StoreWrite => ({
  document,
  source: 'tripline',
  channel: 'editor',
  message: 'test',
  mode: 'publish',
});

describe.each(PROVIDERS)('stored conversions on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedCatalog(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });
  const conversions = () =>
    t.db.conversion.findMany({
      where: { detection: { slug: 'store-test' } },
      orderBy: [{ ruleIndex: 'asc' }, { platformSlug: 'asc' }],
    });

  it('are written with the rule, for every rule and SIEM, and replaced when the rule changes', async () => {
    await t.db.$transaction((tx) => writeDetections(tx, [write()], at));
    const first = await conversions();
    expect(first).toHaveLength(8);
    expect(first.every((c) => c.converterVersion === CONVERTER_VERSION && c.query)).toBe(true);

    const changed = RULES.replaceAll('CreateTrafficMirrorSession', 'DeleteTrafficMirrorSession');
    await t.db.$transaction((tx) => writeDetections(tx, [write(testDocument('store-test', { sigma: changed }))], at));
    const second = await conversions();
    expect(second).toHaveLength(8);
    const aws = second.filter((c) => c.ruleIndex === 0);
    expect(aws.every((c) => c.query?.toLowerCase().includes('deletetrafficmirrorsession'))).toBe(true);
    expect(aws.some((c) => c.query?.toLowerCase().includes('createtrafficmirrorsession'))).toBe(false);
  });

  it('made by another converter version, or missing, are redone by reconvertStale; current ones are left', async () => {
    await t.db.conversion.updateMany({ where: { ruleIndex: 0 }, data: { converterVersion: '0.0.1', query: 'old' } });
    const result = await reconvertStale(t.db);
    expect(result.detections).toBe(1);
    const after = await conversions();
    expect(after).toHaveLength(8);
    expect(after.every((c) => c.converterVersion === CONVERTER_VERSION && c.query !== 'old')).toBe(true);
    expect((await reconvertStale(t.db)).detections).toBe(0);

    await t.db.conversion.deleteMany({});
    expect((await reconvertStale(t.db)).detections).toBe(1);
    expect(await conversions()).toHaveLength(8);
  });
});
