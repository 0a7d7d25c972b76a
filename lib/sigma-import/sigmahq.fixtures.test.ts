// Real SigmaHQ rules from ../shared/fixtures/sigmahq (read in place, never copied; absent, the test fails and
// says so): every rule SigmaHQ's schema check passes imports and downloads byte-identical, by slug and by id;
// each of the nine it fails is explained, rejected for the reasons below or imported (and why).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAttackCatalog } from '../attack/catalog';
import { checkMdx } from '../content/mdx-check';
import { writeAttack } from '../content/write-attack';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { getRuleFile } from '../queries/rule-file';
import { readTsv, sharedFixture } from '../sigma/test-support';
import { confidenceOf } from './fields';
import { importSigmaFolder } from './import';
import type { SigmaImportReport } from './report';
import { baseSlug } from './slug';

const ROOT = join(import.meta.dirname, '..', '..');
const catalog = loadAttackCatalog(join(ROOT, 'content', 'attack', 'enterprise-attack.json'));
const FOLDER = sharedFixture('sigmahq');
const manifest = readTsv(join(FOLDER, 'MANIFEST.tsv'));
const passes = (row: Record<string, string>) => (row['json_schema_v2.1.0'] ?? '').startsWith('PASS');

/** Sigma 1.0 rules SigmaHQ's CI no longer checks: rejected, with every error as `line CODE path`. */
const REJECTED: Record<string, string[]> = {
  'deprecated/other/generic_brute_force.yml': [
    '6 DATE_FORMAT date',
    '7 DATE_FORMAT modified',
    '13 SCHEMA_ANY_OF detection.timeframe',
  ],
  'unsupported/cloud/aws_enum_network.yml': [
    '8 DATE_FORMAT date',
    '9 DATE_FORMAT modified',
    '26 SCHEMA_ANY_OF detection.timeframe',
  ],
  'unsupported/cloud/aws_lambda_function_created_or_invoked.yml': ['8 DATE_FORMAT date', '9 DATE_FORMAT modified'],
  'unsupported/linux/lnx_auditd_debugfs_usage.yml': [
    '9 DATE_FORMAT date',
    '10 DATE_FORMAT modified',
    '32 SCHEMA_ANY_OF detection.timeframe',
  ],
  'unsupported/network/net_firewall_susp_network_scan_by_port.yml': [
    '6 DATE_FORMAT date',
    '7 DATE_FORMAT modified',
    '16 SCHEMA_ANY_OF detection.timeframe',
  ],
  'unsupported/windows/sysmon_process_reimaging.yml': ['20 DATE_FORMAT date', '21 DATE_FORMAT modified'],
  'unsupported/windows/win_apt_apt29_tor.yml': [
    '12 DATE_FORMAT date',
    '13 DATE_FORMAT modified',
    '24 SCHEMA_ANY_OF detection.timeframe',
  ],
  'unsupported/windows/win_remote_service.yml': ['7 DATE_FORMAT date', '23 SCHEMA_ANY_OF detection.timeframe'],
};

/**
 * Fails SigmaHQ's per-document schema check (its global document has no logsource, its rule documents no title),
 * but merged as Sigma collections are, each of its three rules is complete: imported, without a warning.
 */
const IMPORTED_DESPITE_SCHEMA: Record<string, string[]> = { 'other/godmode_sigma_rule.yml': [] };

describe('import of the SigmaHQ fixtures (fixtures/sigmahq)', () => {
  let t: TestDatabase;
  let report: SigmaImportReport;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    await t.db.$transaction((tx) => writeAttack(tx, catalog.tactics, catalog.techniques), { timeout: 120_000 });
    report = await importSigmaFolder(t.db, FOLDER, { catalog });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('explains every rule the schema check fails', () => {
    const failing = manifest.filter((r) => !passes(r)).map((r) => r.path ?? '');
    expect(failing.sort()).toEqual([...Object.keys(REJECTED), ...Object.keys(IMPORTED_DESPITE_SCHEMA)].sort());
    expect(report.files).toBe(manifest.length);
    expect(report.skipped).toEqual([]);
    expect(report.rejected.map((r) => [r.file, r.reasons.map((f) => `${f.line} ${f.code} ${f.path}`)])).toEqual(
      Object.entries(REJECTED),
    );
    for (const [file, warnings] of Object.entries(IMPORTED_DESPITE_SCHEMA)) {
      expect(report.created.find((c) => c.file === file)?.warnings.map((w) => w.code)).toEqual(warnings);
    }
    expect(report.created).toHaveLength(manifest.length - Object.keys(REJECTED).length);
  });

  it.each(manifest.filter(passes).map((row) => [row.path ?? '', row]))(
    'imports %s and serves it byte for byte',
    async (path, row) => {
      const bytes = readFileSync(join(FOLDER, path));
      const imported = report.created.find((c) => c.file === path);
      expect(imported?.slug).toBe(baseSlug(path));
      // Placeholder rules (rules-placeholder/) import with a warning that they need values to run; nothing else warns.
      const codes = new Set(imported?.warnings.map((w) => w.code));
      expect([...codes], path).toEqual(path.startsWith('rules-placeholder/') ? ['COMPILE_PLACEHOLDER'] : []);

      const d = await t.db.detection.findUniqueOrThrow({
        where: { sigmaId: row.id },
        include: { techniques: { orderBy: { techniqueId: 'asc' } } },
      });
      expect(d).toMatchObject({
        slug: baseSlug(path),
        title: row.title,
        severity: row.level,
        confidence: confidenceOf(row.status),
        status: 'published',
        source: 'sigmahq',
      });
      expect(d.sigmaSha256).toBe(row.sha256);
      const tagged = (row.tags ?? '')
        .split(',')
        .flatMap((tag) => /^attack\.(t\d{4}(?:\.\d{3})?)$/.exec(tag)?.[1]?.toUpperCase() ?? []);
      expect(d.techniques.map((x) => x.techniqueId)).toEqual([...new Set(tagged)].sort());
      expect(() => checkMdx(d.overviewMdx, path)).not.toThrow();

      for (const name of [d.slug, row.id ?? '']) {
        const rule = await getRuleFile(t.db, name);
        expect(rule?.fileName).toBe(name);
        const served = Buffer.from(rule?.yaml ?? '', 'utf8');
        expect(served.equals(bytes)).toBe(true);
        expect(createHash('sha256').update(served).digest('hex')).toBe(row.sha256);
      }
    },
  );

  it('leaves everything alone on a second run', async () => {
    const revisions = await t.db.revision.count();
    const again = await importSigmaFolder(t.db, FOLDER, { catalog });
    expect(again.unchanged).toHaveLength(report.created.length);
    expect([again.created, again.updated]).toEqual([[], []]);
    expect(await t.db.revision.count()).toBe(revisions);
  });
});
