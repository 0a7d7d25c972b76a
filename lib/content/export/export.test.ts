import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../../db/testing';
import { writeDetections } from '../../store';
import { OWN_SOURCE } from '../../vocabulary';
import { importContent } from '../import';
import { loadContent } from '../load-content';
import { foundingContent, TEST_CONTENT } from '../testing';
import { exportContent } from './export';
import { filesOfDetection } from './files-of-detection';
import { readStoredDetections } from './stored-detections';
import { unicodeDocument } from './testing';
import { writeDetectionFiles } from './write-detection-files';

/** The founding detections, the test content's mirror-test and the unicode detection (as a draft). */
function sourceContent(): string {
  const root = foundingContent();
  cpSync(join(TEST_CONTENT, 'detections/mirror-test'), join(root, 'detections/mirror-test'), { recursive: true });
  const platforms = loadContent(root).content.platforms;
  writeDetectionFiles(root, 'unicode-test', filesOfDetection(unicodeDocument(), 'draft', platforms));
  return root;
}

/** An empty content/ to export into: the platforms and ATT&CK data an import needs, no detections. */
function emptyContent(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'tripline-exported-')), 'content');
  mkdirSync(join(root, 'attack'), { recursive: true });
  cpSync('content/platforms.yml', join(root, 'platforms.yml'));
  symlinkSync(resolve('content/attack/enterprise-attack.json'), join(root, 'attack', 'enterprise-attack.json'));
  return root;
}

const stored = (t: TestDatabase) =>
  t.db.detection.findMany({
    orderBy: { slug: 'asc' },
    select: { slug: true, source: true, status: true, contentHash: true, sigmaYaml: true, headRevision: true },
  });

describe.each(PROVIDERS)('content export on %s', (provider) => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(provider), createTestDatabase(provider)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('import -> export -> import into a fresh database stores the same detections', async () => {
    const source = sourceContent();
    const imported = await importContent(first.db, source);
    expect(imported.errors.map(String)).toEqual([]);
    expect(imported.detections.created).toHaveLength(5);

    const out = emptyContent();
    const report = await exportContent(first.db, out);
    expect(report.written.map((w) => w.slug)).toEqual(readdirSync(join(source, 'detections')).sort());

    // Byte for byte where the original is in the canonical layout: every file of the shipped detections and the
    // unicode one except tests.yml (the shipped ones carry comments and prose folded by hand, which no document
    // holds). The test fixture mirror-test is written tersely (no blank line under its headings, flow-style tests.yml),
    // so only its file names are compared here; the re-import below proves it lost nothing.
    for (const slug of readdirSync(join(source, 'detections'))) {
      const names = readdirSync(join(source, 'detections', slug)).sort();
      expect(readdirSync(join(out, 'detections', slug)).sort()).toEqual(names);
      if (slug === 'mirror-test') continue;
      for (const name of names.filter((n) => n !== 'tests.yml')) {
        const at = (root: string) => readFileSync(join(root, 'detections', slug, name), 'utf8');
        expect(at(out), `${slug}/${name}`).toBe(at(source));
      }
    }

    const again = await importContent(second.db, out);
    expect(again.errors.map(String)).toEqual([]);
    const [before, after] = await Promise.all([stored(first), stored(second)]);
    expect(after).toEqual(before);
    expect(after.find((d) => d.slug === 'unicode-test')?.status).toBe('draft');

    // And into the database it came from: nothing to change.
    const back = await importContent(first.db, out);
    expect(back.detections.unchanged).toHaveLength(5);
  }, 300_000);

  it('exports only the slugs asked for, and refuses a slug it does not have', async () => {
    const out = emptyContent();
    const report = await exportContent(first.db, out, ['unicode-test']);
    expect(report.written.map((w) => w.slug)).toEqual(['unicode-test']);
    expect(readdirSync(join(out, 'detections'))).toEqual(['unicode-test']);
    await expect(exportContent(first.db, out, ['no-such-detection'])).rejects.toThrow(/no-such-detection/);
  });

  it("exports a browser edit waiting for review (the head revision) and deletes a removed variant's files", async () => {
    const out = emptyContent();
    await exportContent(first.db, out, ['traffic-duplication']);
    const dir = join(out, 'detections', 'traffic-duplication');
    expect(existsSync(join(dir, 'splunk.spl'))).toBe(true);
    const [current] = await readStoredDetections(first.db, ['traffic-duplication']);
    const edited = {
      ...current!.document,
      title: 'Traffic Duplication — édité 日本語',
      variants: current!.document.variants.filter((v) => v.platform !== 'splunk'),
    };
    await first.db.$transaction((tx) =>
      writeDetections(
        tx,
        [{ document: edited, source: OWN_SOURCE, channel: 'editor', message: 'edit', mode: 'revise' }],
        new Date(),
      ),
    );
    await exportContent(first.db, out, ['traffic-duplication']);
    expect(readFileSync(join(dir, 'detection.mdx'), 'utf8')).toContain('title: Traffic Duplication — édité 日本語\n');
    expect(readFileSync(join(dir, 'detection.mdx'), 'utf8')).toContain('status: published\n');
    expect(existsSync(join(dir, 'splunk.spl'))).toBe(false);
    expect(existsSync(join(dir, 'splunk.mdx'))).toBe(false);
    expect(loadContent(out).content.detections[0]?.document).toEqual(edited);
  }, 120_000);
});
