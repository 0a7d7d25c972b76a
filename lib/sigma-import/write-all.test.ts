import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAttack } from '../content/write-attack';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { parseSigma } from '../sigma/read';
import { smallCatalogFile } from '../sigma/test-support';
import { ruleFields } from './fields';
import type { PlannedWrite } from './plan';
import { sigmaRule } from './testing';
import { writeAll } from './write-all';

function plannedCreate(slug: string, id: string): PlannedWrite {
  const text = sigmaRule({ id, title: slug });
  const fields = ruleFields(parseSigma(text), text);
  if (!fields) throw new Error('no fields');
  const document = { ...fields.document, slug, techniques: ['T1020'] };
  return { action: 'create', file: `${slug}.yml`, slug, sigmaId: id, document, rules: fields.rules, warnings: [] };
}

describe.each(PROVIDERS)('writeAll on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const attack = smallCatalogFile();
    await t.db.$transaction((tx) => writeAttack(tx, attack.tactics, attack.techniques));
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('writes in batches, each detection with its technique links and revision 1', async () => {
    const writes = Array.from({ length: 5 }, (_, i) =>
      plannedCreate(`batched-${i}`, `00000000-aaaa-4bbb-8ccc-00000000000${i}`),
    );
    const seen: number[] = [];
    const result = await writeAll(t.db, writes, {
      source: 'sigmahq',
      batchSize: 2,
      onProgress: (done) => seen.push(done),
    });
    expect(seen).toEqual([2, 4, 5]);
    expect(result.failed).toEqual([]);
    const rows = await t.db.detection.findMany({
      where: { slug: { startsWith: 'batched-' } },
      include: { revisions: true, techniques: true },
    });
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.techniques.map((x) => x.techniqueId)).toEqual(['T1020']);
      expect(row.revisions.map((r) => [r.number, r.source])).toEqual([[1, 'sigma-import']]);
    }
  });

  it('retries a batch the database refuses rule by rule, so only the rule at fault is lost', async () => {
    // Planned before someone else took the slug 'batched-0': the batch's insert fails as a whole.
    const writes = [
      plannedCreate('retry-first', '11111111-aaaa-4bbb-8ccc-000000000001'),
      plannedCreate('batched-0', '11111111-aaaa-4bbb-8ccc-000000000002'),
      plannedCreate('retry-third', '11111111-aaaa-4bbb-8ccc-000000000003'),
    ];
    const result = await writeAll(t.db, writes, { source: 'sigmahq', batchSize: 10 });
    expect(result.written.map((w) => w.slug)).toEqual(['retry-first', 'retry-third']);
    expect(result.failed.map((f) => f.write.slug)).toEqual(['batched-0']);
    expect(result.failed[0]?.error).toMatch(/batched-0 already exists/);
    const rows = await t.db.detection.findMany({
      where: { slug: { startsWith: 'retry-' } },
      include: { revisions: true, techniques: true },
      orderBy: { slug: 'asc' },
    });
    expect(rows.map((r) => [r.slug, r.revisions.length, r.techniques.length])).toEqual([
      ['retry-first', 1, 1],
      ['retry-third', 1, 1],
    ]);
    expect(await t.db.detection.count({ where: { sigmaId: '11111111-aaaa-4bbb-8ccc-000000000002' } })).toBe(0);
  });
});
