import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { importContent } from './import';
import { copyTestContent, edit, TEST_CONTENT } from './testing';

// Everything the import writes, in a comparable form: to prove a failed import changed nothing.
async function dump(t: TestDatabase) {
  const [detections, variants, samples, revisions, techniques] = await Promise.all([
    t.db.detection.findMany({ orderBy: { slug: 'asc' }, omit: { createdAt: true } }),
    t.db.detectionVariant.findMany({ orderBy: { platformSlug: 'asc' }, omit: { id: true, detectionId: true } }),
    t.db.sampleEvent.findMany({ orderBy: { key: 'asc' }, omit: { id: true, detectionId: true, testCaseId: true } }),
    t.db.revision.findMany({ orderBy: { number: 'asc' }, select: { number: true, source: true, message: true } }),
    t.db.technique.count(),
  ]);
  return JSON.stringify({ detections, variants, samples, revisions, techniques });
}

describe.each(PROVIDERS)('importContent on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('loads content, then a second run changes nothing', async () => {
    const first = await importContent(t.db, TEST_CONTENT);
    expect(first.errors.map(String)).toEqual([]);
    expect(first.detections.created).toEqual(['mirror-test']);
    expect(first.proofs).toEqual([{ slug: 'mirror-test', attack: '1/1', benign: '0/1' }]);

    const det = await t.db.detection.findUniqueOrThrow({
      where: { slug: 'mirror-test' },
      include: {
        techniques: true,
        variants: { include: { dataSources: { include: { dataSource: true } } } },
        testCases: true,
        samples: true,
        revisions: true,
      },
    });
    expect(det.sigmaId).toBe('6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f');
    expect(det.techniques.map((x) => x.techniqueId)).toEqual(['T1020.001']);
    expect(det.variants[0]?.dataSources[0]?.dataSource.name).toBe('AWS CloudTrail');
    expect(det.samples).toHaveLength(2);
    expect(det.revisions.map((r) => r.number)).toEqual([1]);

    const before = await dump(t);
    const second = await importContent(t.db, TEST_CONTENT);
    expect(second.detections.unchanged).toEqual(['mirror-test']);
    expect(second.attackChanged).toBe(0);
    expect(await dump(t)).toBe(before);
  });

  it('records a revision when a file changes', async () => {
    const root = copyTestContent();
    edit(join(root, 'detections/mirror-test/detection.mdx'), (s) => s.replace('severity: high', 'severity: critical'));
    const report = await importContent(t.db, root);
    expect(report.detections.updated).toEqual(['mirror-test']);
    const det = await t.db.detection.findUniqueOrThrow({
      where: { slug: 'mirror-test' },
      include: { revisions: { orderBy: { number: 'asc' } } },
    });
    expect(det.severity).toBe('critical');
    expect(det.revisions.map((r) => r.number)).toEqual([1, 2]);
  });

  it('refuses a Sigma id or slug that belongs to an imported rule, naming the line', async () => {
    await t.db.detection.create({
      data: {
        slug: 'imported-elsewhere',
        sigmaId: 'aaaaaaaa-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
        title: 'x',
        summary: 'x',
        severity: 'low',
        confidence: 'low',
        status: 'published',
        overviewMdx: 'x',
        falsePositives: [],
        sigmaYaml: 'x',
        sigmaSha256: 'x',
        source: 'sigmahq',
        contentHash: 'x',
      },
    });
    const before = await dump(t);
    const root = copyTestContent();
    edit(join(root, 'detections/mirror-test/rule.yml'), (s) =>
      s.replace('id: 6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', 'id: AAAAAAAA-4a5b-4c6d-8e9f-0a1b2c3d4e5f'),
    );
    const byId = await importContent(t.db, root);
    expect(byId.errors.map((e) => [e.code, e.line])).toEqual([['SIGMA_ID_TAKEN', 2]]);
    expect(byId.errors[0]!.message).toContain('/detections/imported-elsewhere (sigmahq)');

    const renamed = join(root, 'detections/imported-elsewhere');
    const { renameSync } = await import('node:fs');
    edit(join(root, 'detections/mirror-test/rule.yml'), (s) => s.replace('id: AAAAAAAA', 'id: bbbbbbbb'));
    renameSync(join(root, 'detections/mirror-test'), renamed);
    const bySlug = await importContent(t.db, root);
    expect(bySlug.errors.map((e) => e.code)).toEqual(['SLUG_TAKEN']);
    expect(await dump(t)).toBe(before);
    await t.db.detection.delete({ where: { slug: 'imported-elsewhere' } });
  });

  it.each([
    [
      'an unproven rule',
      'rule.yml',
      (s: string) => s.replace('eventName: CreateTrafficMirrorSession', 'eventName: CreateTrafficMirrorTarget'),
      /SAMPLE_UNPROVEN/,
      'tests.yml',
    ],
    [
      'a rule without the technique tag',
      'rule.yml',
      (s: string) => s.replace('    - attack.t1020.001\n', ''),
      /t1020\.001/,
      'rule.yml',
    ],
    [
      'an unknown technique',
      'detection.mdx',
      (s: string) => s.replace('techniques: [T1020.001]', 'techniques: [T1020.009]'),
      /T1020\.009 is not in ATT&CK/,
      'detection.mdx',
    ],
    [
      'a revoked technique',
      'detection.mdx',
      (s: string) => s.replace('techniques: [T1020.001]', 'techniques: [T1002]'),
      /revoked/,
      'detection.mdx',
    ],
    [
      'a rule that needs placeholder values',
      'rule.yml',
      (s: string) => s.replace('eventName: CreateTrafficMirrorSession', "eventName|expand: '%mirror_calls%'"),
      /SIGMA_CANNOT_RUN.*mirror_calls/,
      'rule.yml',
    ],
    ['a bad Sigma level', 'rule.yml', (s: string) => s.replace('level: high', 'level: severe'), /level/, 'rule.yml'],
  ])('stops on %s and leaves the database as it was', async (_name, file, change, why, reported) => {
    const before = await dump(t);
    const root = copyTestContent();
    edit(join(root, 'detections/mirror-test', file), change);
    const report = await importContent(t.db, root);
    expect(report.ok).toBe(false);
    // Every problem is reported (an unknown technique is also one the rule's tags no longer agree with).
    const found = report.errors.find((e) => why.test(`${e.code} ${e.message}`));
    expect(found, report.errors.map(String).join('\n')).toBeDefined();
    expect(found?.file).toContain(join('mirror-test', reported));
    expect(await dump(t)).toBe(before);
  });
});

describe.each(PROVIDERS)('the content import and browser edits on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('shows warnings instead of dropping them', async () => {
    const report = await importContent(t.db, TEST_CONTENT);
    expect(report.ok).toBe(true);
    expect(report.warnings.map((w) => w.code)).toContain('THIN_PROOF');
    expect(report.warnings[0]?.file).toContain(join('mirror-test', 'tests.yml'));
  });

  it('leaves a detection changed through the editor alone, by name, unless forced', async () => {
    await importContent(t.db, TEST_CONTENT);
    const det = await t.db.detection.findUniqueOrThrow({ where: { slug: 'mirror-test' } });
    // An editor's save: the newest revision is theirs.
    await t.db.revision.create({
      data: {
        detectionId: det.id,
        number: det.headRevision + 1,
        source: 'editor',
        message: 'edited in the browser',
        snapshot: {},
        contentHash: 'edited',
      },
    });
    await t.db.detection.update({ where: { id: det.id }, data: { headRevision: det.headRevision + 1 } });
    const root = copyTestContent();
    edit(join(root, 'detections/mirror-test/detection.mdx'), (s) => s.replace('severity: high', 'severity: low'));

    const kept = await importContent(t.db, root);
    expect(kept.keptEdits).toEqual([{ slug: 'mirror-test', channel: 'editor' }]);
    expect((await t.db.detection.findUniqueOrThrow({ where: { slug: 'mirror-test' } })).severity).toBe('high');

    const forced = await importContent(t.db, root, { force: true });
    expect(forced.keptEdits).toEqual([]);
    expect(forced.detections.updated).toEqual(['mirror-test']);
    const after = await t.db.detection.findUniqueOrThrow({ where: { slug: 'mirror-test' } });
    expect(after.severity).toBe('low');
    expect(after.headRevision).toBe(det.headRevision + 2);
  });
});
