// The whole import on a real, migrated database of each kind: our content loaded first (ATT&CK techniques, and
// hand-written detections to collide with), then a small collection of rules we write here.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAttackCatalog } from '../attack/catalog';
import { importContent } from '../content/import';
import { checkMdx } from '../content/mdx-check';
import { createDb } from '../db/client';
import { createTestDatabase, PROVIDERS, TEST_POSTGRES_URL, type TestDatabase } from '../db/testing';
import { getDetectionOverview } from '../queries/detection-overview';
import { getRuleFile } from '../queries/rule-file';
import { parseSigma } from '../sigma/read';
import { validateSigma } from '../sigma/validate';
import { importSigmaFolder } from './import';
import { NotMigratedError } from './migrated';
import type { SigmaImportReport } from './report';
import { sigmaRule, tempDir, writeFiles } from './testing';

const ROOT = join(import.meta.dirname, '..', '..');
const catalog = loadAttackCatalog(join(ROOT, 'content', 'attack', 'enterprise-attack.json'));
const CONTENT_ID = '4c0d910c-2af1-4ac2-846f-11d39f723b2a'; // content/detections/traffic-duplication/rule.yml

const ID = {
  mirror: '11111111-aaaa-4bbb-8ccc-000000000001',
  dup: '22222222-aaaa-4bbb-8ccc-000000000002',
  bom: '33333333-aaaa-4bbb-8ccc-000000000003',
  collection: '44444444-aaaa-4bbb-8ccc-000000000004',
  placeholder: '99999999-aaaa-4bbb-8ccc-000000000009',
};

const HOSTILE = "Mirrors traffic <script>alert(1)</script> via {process.env.SECRET}.\n\nimport x from 'y'";

const COLLECTION = `action: global
title: Mirror Or Exfil Collection
id: ${ID.collection}
status: experimental
tags:
    - attack.exfiltration
    - attack.t1020
logsource:
    product: aws
    service: cloudtrail
---
detection:
    selection:
        eventName: CreateTrafficMirrorTarget
    condition: selection
---
tags:
    - attack.command-and-control
    - attack.t1071
detection:
    selection:
        eventName: CreateTrafficMirrorFilter
    condition: selection
`;

// Like SigmaHQ's rules-placeholder collection: values that are %placeholders%, expanded by |expand at run time.
const PLACEHOLDER = `title: Userdomain Variable Enumeration
id: ${ID.placeholder}
status: test
description: Detects enumeration of the domain of the user through the %userdomain% variable, unless an admin did it.
author: Tripline tests
date: 2024-05-01
tags:
    - attack.discovery
    - attack.t1016
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        CommandLine|contains: 'echo '
        CommandLine|contains|expand: '%userdomain%'
    filter_admins:
        User|expand:
            - '%admin_users%'
            - '%service_accounts%'
    condition: selection and not filter_admins
falsepositives:
    - Certain scripts or applications may leverage this.
level: low
`;

function collectionFolder(): string {
  const root = tempDir('sigma-import-');
  writeFiles(root, {
    'rules/cloud/mirror_session.yml': sigmaRule({
      id: ID.mirror,
      status: 'stable',
      level: 'high',
      description: HOSTILE,
      tags: ['attack.exfiltration', 'attack.t1020.001'],
      falsepositives: ['Approved network monitoring'],
    }),
    // Same file name as a hand-written detection's slug, with an id of its own.
    'rules/cloud/traffic_duplication.yml': sigmaRule({ id: ID.dup, tags: ['attack.t1020.001'] }),
    'rules/windows/bom_crlf.yml': `\uFEFF${sigmaRule({ id: ID.bom, description: 'Détecte l’exécution — 日本語 😀' }).replaceAll('\n', '\r\n')}`,
    'rules/collection.yml': COLLECTION,
    'rules-placeholder/windows/userdomain_enum.yml': PLACEHOLDER,
    'rules/bad_level.yml': sigmaRule({ id: '55555555-aaaa-4bbb-8ccc-000000000005', level: 'severe' }),
    'rules/steals_content_id.yml': sigmaRule({ id: CONTENT_ID }),
    'config/backend.yml': 'fieldmappings:\n    EventID: event.code\n',
    '.github/workflows/test.yml': 'on: push\n',
  });
  return root;
}

async function dump(t: TestDatabase) {
  const [detections, links, revisions] = await Promise.all([
    t.db.detection.findMany({ orderBy: { slug: 'asc' } }),
    t.db.detectionTechnique.findMany({ orderBy: [{ detectionId: 'asc' }, { techniqueId: 'asc' }] }),
    t.db.revision.findMany({ orderBy: [{ detectionId: 'asc' }, { number: 'asc' }] }),
  ]);
  return JSON.stringify({ detections, links, revisions });
}

const slugs = (rules: Array<{ slug: string }>) => rules.map((r) => r.slug).sort();

describe.each(PROVIDERS)('importSigmaFolder on %s', (provider) => {
  let t: TestDatabase;
  let folder: string;
  let first: SigmaImportReport | undefined;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const content = await importContent(t.db, join(ROOT, 'content'));
    expect(content.errors.map(String)).toEqual([]);
    folder = collectionFolder();
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('imports the valid rules, skips what is not a rule, and rejects the rest with reasons', async () => {
    const before = await t.db.detection.findUniqueOrThrow({ where: { slug: 'traffic-duplication' } });
    const report = await importSigmaFolder(t.db, folder, { catalog });
    first = report;
    expect(slugs(report.created)).toEqual([
      'bom-crlf',
      'collection',
      'mirror-session',
      'traffic-duplication-22222222',
      'userdomain-enum',
    ]);
    expect([report.updated, report.unchanged]).toEqual([[], []]);
    expect(report.skipped).toEqual([
      { file: 'config/backend.yml', reason: 'no YAML document has a top-level title or detection' },
    ]);
    expect(
      report.rejected.map((r) => [r.file, r.reasons.map((x) => `${x.line}:${x.column} ${x.code} ${x.path}`)]),
    ).toEqual([
      ['rules/bad_level.yml', ['14:8 SCHEMA_ENUM level']],
      ['rules/steals_content_id.yml', ['2:1 IMPORT_NOT_OURS id']],
    ]);
    expect(report.files).toBe(8);
    expect(report.notices).toEqual([]);

    const mirror = await t.db.detection.findUniqueOrThrow({
      where: { slug: 'mirror-session' },
      include: { techniques: true, revisions: true, variants: true },
    });
    expect(mirror).toMatchObject({
      sigmaId: ID.mirror,
      source: 'sigmahq',
      status: 'published',
      severity: 'high',
      confidence: 'high',
      summary: 'Mirrors traffic <script>alert(1)</script> via {process.env.SECRET}.',
      falsePositives: [{ title: 'Approved network monitoring', detail: '' }],
    });
    expect(mirror.overviewMdx).not.toMatch(/(^|[^\\])[<{]/);
    expect(mirror.publishedAt).not.toBeNull();
    expect(mirror.techniques.map((x) => x.techniqueId)).toEqual(['T1020.001']);
    expect(mirror.variants).toEqual([]);
    expect(mirror.revisions.map((r) => [r.number, r.source])).toEqual([[1, 'sigma-import']]);

    const collection = await t.db.detection.findUniqueOrThrow({
      where: { slug: 'collection' },
      include: { techniques: { orderBy: { techniqueId: 'asc' } } },
    });
    expect(collection.techniques.map((x) => x.techniqueId)).toEqual(['T1020', 'T1071']);
    expect(collection.confidence).toBe('low');
    expect(collection.severity).toBe('medium');

    const after = await t.db.detection.findUniqueOrThrow({ where: { slug: 'traffic-duplication' } });
    expect(after).toEqual(before);
  });

  it('serves each stored rule byte for byte, by slug and by Sigma id, and its detection page finds it', async () => {
    for (const [file, slug, id] of [
      ['rules/cloud/mirror_session.yml', 'mirror-session', ID.mirror],
      ['rules/windows/bom_crlf.yml', 'bom-crlf', ID.bom],
      ['rules/collection.yml', 'collection', ID.collection],
    ] as const) {
      const bytes = readFileSync(join(folder, file));
      for (const name of [slug, id]) {
        const rule = await getRuleFile(t.db, name);
        expect(rule?.fileName).toBe(name);
        expect(Buffer.from(rule?.yaml ?? '', 'utf8').equals(bytes)).toBe(true);
      }
      expect((await getDetectionOverview(t.db, slug))?.sigmaId).toBe(id);
    }
    const bom = await getRuleFile(t.db, 'bom-crlf');
    expect(bom?.yaml.startsWith('\uFEFF')).toBe(true);
    expect(bom?.yaml).toContain('\r\n');
  });

  it('stores every imported rule so that it round-trips: same bytes, same parsed rules, an overview that compiles', async () => {
    expect(first?.created.length).toBe(5);
    for (const { file, slug } of first?.created ?? []) {
      const bytes = readFileSync(join(folder, file));
      const d = await t.db.detection.findUniqueOrThrow({ where: { slug } });
      expect(Buffer.from(d.sigmaYaml, 'utf8').equals(bytes), file).toBe(true);
      const stored = parseSigma(d.sigmaYaml);
      expect(
        stored.rules.map((r) => r.data),
        file,
      ).toEqual(parseSigma(bytes).rules.map((r) => r.data));
      expect(stored.rules.length, file).toBeGreaterThan(0);
      expect(() => checkMdx(d.overviewMdx, file)).not.toThrow();
      expect((await getDetectionOverview(t.db, slug))?.slug, file).toBe(slug);
    }
  });

  it('imports a rules-placeholder rule (|expand with %placeholder% values) and serves it byte for byte', async () => {
    const d = await t.db.detection.findUniqueOrThrow({
      where: { slug: 'userdomain-enum' },
      include: { techniques: true },
    });
    expect(d).toMatchObject({
      sigmaId: ID.placeholder,
      severity: 'low',
      confidence: 'medium',
      source: 'sigmahq',
      status: 'published',
    });
    expect(d.summary).toContain('%userdomain%');
    expect(d.techniques.map((x) => x.techniqueId)).toEqual(['T1016']);
    expect(d.sigmaYaml).toBe(PLACEHOLDER);
    for (const name of ['userdomain-enum', ID.placeholder])
      expect((await getRuleFile(t.db, name))?.yaml).toBe(PLACEHOLDER);
    // It imports; the validator warns that the rule cannot run until someone supplies the placeholder values.
    const warnings = first?.created.find((c) => c.slug === 'userdomain-enum')?.warnings ?? [];
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.code === 'COMPILE_PLACEHOLDER')).toBe(true);
  });

  it('changes nothing on a second run', async () => {
    const before = await dump(t);
    const report = await importSigmaFolder(t.db, folder, { catalog });
    expect(slugs(report.unchanged)).toEqual([
      'bom-crlf',
      'collection',
      'mirror-session',
      'traffic-duplication-22222222',
      'userdomain-enum',
    ]);
    expect([report.created, report.updated]).toEqual([[], []]);
    expect(report.rejected).toHaveLength(2);
    expect(await dump(t)).toBe(before);
  });

  it('updates a changed rule with a new revision, keeps a moved rule’s slug, and a rejected change keeps the old rule', async () => {
    const mirrorFile = join(folder, 'rules/cloud/mirror_session.yml');
    writeFileSync(mirrorFile, readFileSync(mirrorFile, 'utf8').replace('level: high', 'level: critical'));
    mkdirSync(join(folder, 'moved'), { recursive: true });
    renameSync(join(folder, 'rules/windows/bom_crlf.yml'), join(folder, 'moved/renamed.yml'));
    const collectionFile = join(folder, 'rules/collection.yml');
    const collectionBefore = await t.db.detection.findUniqueOrThrow({ where: { slug: 'collection' } });
    writeFileSync(
      collectionFile,
      readFileSync(collectionFile, 'utf8').replace('status: experimental', 'status: production'),
    );

    const report = await importSigmaFolder(t.db, folder, { catalog });
    expect(slugs(report.updated)).toEqual(['mirror-session']);
    expect(slugs(report.unchanged)).toEqual(['bom-crlf', 'traffic-duplication-22222222', 'userdomain-enum']);
    expect(report.created).toEqual([]);
    expect(report.rejected.map((r) => r.file)).toEqual([
      'rules/bad_level.yml',
      'rules/collection.yml',
      'rules/steals_content_id.yml',
    ]);

    const mirror = await t.db.detection.findUniqueOrThrow({
      where: { slug: 'mirror-session' },
      include: { revisions: { orderBy: { number: 'asc' } } },
    });
    expect(mirror.severity).toBe('critical');
    expect(mirror.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(Buffer.from(mirror.sigmaYaml, 'utf8').equals(readFileSync(mirrorFile))).toBe(true);
    expect(await t.db.detection.findUniqueOrThrow({ where: { slug: 'collection' } })).toEqual(collectionBefore);
    expect(await t.db.detection.count({ where: { sigmaId: ID.bom } })).toBe(1);
  });

  it('refreshes a row derived by an older version of the store, without a new revision, then leaves it alone', async () => {
    const root = tempDir('sigma-import-version-');
    const id = '77777777-aaaa-4bbb-8ccc-000000000001';
    writeFiles(root, { 'versioned.yml': sigmaRule({ id, description: 'Derived fields change with the importer.' }) });
    expect(slugs((await importSigmaFolder(t.db, root, { catalog })).created)).toEqual(['versioned']);
    const before = await t.db.detection.findUniqueOrThrow({ where: { sigmaId: id } });
    // What a row written before STORE_FORMAT_VERSION was bumped looks like: another hash for the same document.
    await t.db.detection.update({
      where: { id: before.id },
      data: { contentHash: 'older-derivation', summary: 'old' },
    });

    const next = await importSigmaFolder(t.db, root, { catalog });
    expect([slugs(next.updated), next.unchanged, next.created]).toEqual([['versioned'], [], []]);
    const after = await t.db.detection.findUniqueOrThrow({
      where: { sigmaId: id },
      include: { revisions: { orderBy: { number: 'asc' } } },
    });
    expect(after.revisions.map((r) => r.number)).toEqual([1]);
    expect([after.contentHash, after.summary, after.sigmaYaml]).toEqual([
      before.contentHash,
      before.summary,
      before.sigmaYaml,
    ]);

    const again = await importSigmaFolder(t.db, root, { catalog });
    expect([slugs(again.unchanged), again.updated]).toEqual([['versioned'], []]);
  });

  it('rejects a file whose validation throws as IMPORT_INTERNAL, and imports the other files', async () => {
    const root = tempDir('sigma-import-throws-');
    const deep = sigmaRule({ id: '66666666-aaaa-4bbb-8ccc-000000000002' }).replace(
      'condition: selection',
      `condition: '${'('.repeat(100_000)}selection${')'.repeat(100_000)}'`,
    );
    writeFiles(root, {
      'a_before.yml': sigmaRule({ id: '66666666-aaaa-4bbb-8ccc-000000000001' }),
      'b_throws.yml': sigmaRule({ id: '66666666-aaaa-4bbb-8ccc-000000000003' }),
      'c_deep.yml': deep,
      'd_after.yml': sigmaRule({ id: '66666666-aaaa-4bbb-8ccc-000000000004' }),
    });
    const validate: typeof validateSigma = (input, options) => {
      if (options?.file === 'b_throws.yml') throw new RangeError('Maximum call stack size exceeded');
      return validateSigma(input, options);
    };
    const report = await importSigmaFolder(t.db, root, { catalog, validate });
    expect(slugs(report.created)).toEqual(['a-before', 'd-after']);
    expect(report.rejected.map((r) => r.file)).toEqual(['b_throws.yml', 'c_deep.yml']);
    expect(report.rejected[0]?.reasons).toEqual([
      {
        code: 'IMPORT_INTERNAL',
        severity: 'error',
        path: '',
        line: 1,
        column: 1,
        message:
          'the import failed on this file (RangeError: Maximum call stack size exceeded); the other files are not affected',
      },
    ]);
    expect(
      await t.db.detection.count({
        where: { sigmaId: { in: ['66666666-aaaa-4bbb-8ccc-000000000002', '66666666-aaaa-4bbb-8ccc-000000000003'] } },
      }),
    ).toBe(0);
  });

  it('says the database is not migrated, before doing anything', async () => {
    const url = provider === 'sqlite' ? `file:${join(tempDir('sigma-unmigrated-'), 'empty.db')}` : unmigratedSchema();
    const db = createDb(url);
    try {
      await expect(importSigmaFolder(db, folder, { catalog })).rejects.toThrow(NotMigratedError);
      await expect(importSigmaFolder(db, folder, { catalog })).rejects.toThrow(/npm run db:migrate/);
    } finally {
      await db.$disconnect();
      if (provider === 'sqlite') rmSync(new URL(url).pathname, { force: true });
    }
  });
});

function unmigratedSchema(): string {
  const u = new URL(TEST_POSTGRES_URL);
  u.searchParams.set('schema', `never_migrated_${process.pid}`);
  return u.toString();
}
