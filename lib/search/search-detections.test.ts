// Search over the shipped content on both databases: the same query must give the same page on each.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../content/import';
import { foundingContent } from '../content/testing';
import type { Db } from '../db/client';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { writeDetections } from '../store';
import { testDocument } from '../store/testing';
import type { SearchQuery } from './params';
import { searchDetections } from './search-detections';

// Two detections of our own beside the real content, written through the store like every detection: a published one
// whose title sorts before the seed's but only mentions traffic in its summary (to see title hits rank first), and a
// draft that must never show.
async function addDetection(db: Db, slug: string, title: string, summary: string, mode: 'publish' | 'draft') {
  const id = `0000aaaa-0000-4000-8000-${slug === 'draft-mirror' ? '000000000002' : '000000000001'}`;
  const sigma = `title: ${title}\nid: ${id}\nstatus: test\nlogsource: { product: windows, category: process_creation }\ndetection:\n  selection: { Image|endswith: '\\\\egress.exe' }\n  condition: selection\nlevel: low\n`;
  const document = testDocument(slug, {
    title,
    summary,
    techniques: [],
    severity: 'low',
    overview: summary,
    sigma,
    tests: [],
    samples: [],
    variants: [],
    falsePositives: [],
  });
  await db.$transaction((tx) =>
    writeDetections(tx, [{ document, source: 'sigmahq', channel: 'sigma-import', message: 'test', mode }], new Date()),
  );
}

describe.each(PROVIDERS)('searchDetections on %s', (provider) => {
  let t: TestDatabase;
  const before = process.env.DATABASE_URL;
  const slugs = async (query: Partial<SearchQuery>, pageSize = 20) =>
    (await searchDetections(t.db, { q: '', page: 1, ...query }, { pageSize })).items.map((d) => d.slug);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    // Every shipped detection runs on every SIEM; take one away so the platform filter has something to exclude.
    const content = foundingContent();
    for (const file of ['splunk.mdx', 'splunk.spl']) rmSync(join(content, 'detections/cloud-snapshot-created', file));
    expect((await importContent(t.db, content)).ok).toBe(true);
    // Matching follows DATABASE_URL's provider, as it does in the app, where getDb() is built from it too.
    process.env.DATABASE_URL = t.url;
    await addDetection(
      t.db,
      'aardvark-egress',
      'Aardvark Egress',
      'Watches traffic leaving the cloud through C:\\Tools\\egress.exe.',
      'publish',
    );
    await addDetection(t.db, 'draft-mirror', 'Mirror Draft', 'Packet mirroring, not yet reviewed.', 'draft');
  });
  afterAll(async () => {
    process.env.DATABASE_URL = before;
    await t?.drop();
  });

  it('filters by source: our own detections apart from an imported collection', async () => {
    expect(await slugs({ source: 'sigmahq' })).toEqual(['aardvark-egress']);
    const own = await slugs({ source: 'tripline' });
    expect(own).toContain('traffic-duplication');
    expect(own).not.toContain('aardvark-egress');
  });

  it('lists every published detection, by title, when nothing is asked', async () => {
    const result = await searchDetections(t.db, { q: '', page: 1 }, { pageSize: 20 });
    expect(result).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(result.items.map((d) => d.slug)).toEqual([
      'aardvark-egress',
      'cloud-logging-disabled',
      'cloud-snapshot-created',
      'traffic-duplication',
    ]);
    expect(result.items[3]).toMatchObject({
      title: 'Traffic Duplication',
      severity: 'high',
      techniques: [{ techniqueId: 'T1020.001' }],
    });
    expect(result.items[3]?.variants.map((v) => v.platformSlug)).toEqual(['qradar', 'splunk', 'sentinel', 'elastic']);
  });

  it.each([
    ['CreateTrafficMirrorSession'],
    ['createtrafficmirrorsession'],
    ['T1020.001'],
    ['t1020.001'],
    ['packet mirroring'],
    ['PACKET   Mirroring'],
  ])('finds the seed detection alone for %j, whatever the case', async (q) => {
    expect(await slugs({ q })).toEqual(['traffic-duplication']);
  });

  // Prose is searched too now, so words other detections also use find them, below the one they name.
  it.each([['Automated Exfiltration'], ['traffic-duplication']])('ranks the seed detection first for %j', async (q) => {
    expect((await slugs({ q }))[0]).toBe('traffic-duplication');
  });

  it('matches Sigma text and each SIEM query', async () => {
    expect(await slugs({ q: 'StopLogging' })).toEqual(['cloud-logging-disabled']);
    expect(await slugs({ q: 'CopyDBSnapshot' })).toEqual(['cloud-snapshot-created']);
    expect(await slugs({ q: 'LOGSOURCETYPENAME packetMirrorings' })).toEqual(['traffic-duplication']);
  });

  it('needs every term to match', async () => {
    expect(await slugs({ q: 'packet' })).toEqual(['traffic-duplication']);
    expect(await slugs({ q: 'packet CopyDBSnapshot' })).toEqual([]);
    expect(await slugs({ q: 'nothing-like-this-anywhere' })).toEqual([]);
  });

  it('takes punctuation inside a term as the space between its words, alike on both databases', async () => {
    expect((await slugs({ q: 'traffic%duplication' }))[0]).toBe('traffic-duplication');
    expect((await slugs({ q: 'traffic_duplication' }))[0]).toBe('traffic-duplication');
    expect(await slugs({ q: 'c:\\tools\\EGRESS' })).toEqual(['aardvark-egress']);
    expect(await slugs({ q: 'c:\\tools\\_' })).toEqual(['aardvark-egress']);
    expect(await slugs({ q: 'egress.exe' })).toEqual(['aardvark-egress']);
  });

  it('matches the last word as a prefix, as it is being typed', async () => {
    expect(await slugs({ q: 'CreateTrafficMir' })).toEqual(['traffic-duplication']);
    expect(await slugs({ q: 'T1020.00' })).toEqual(['traffic-duplication']);
    // Only the last: an earlier word must be whole.
    expect(await slugs({ q: 'CreateTrafficMir T1020' })).toEqual([]);
  });

  it('ranks title hits first', async () => {
    const traffic = await slugs({ q: 'traffic' });
    expect(traffic[0]).toBe('traffic-duplication');
    expect(traffic).toContain('aardvark-egress');
    const cloud = await slugs({ q: 'cloud' });
    expect(new Set(cloud.slice(0, 2))).toEqual(new Set(['cloud-logging-disabled', 'cloud-snapshot-created']));
    expect(new Set(cloud.slice(2))).toEqual(new Set(['aardvark-egress', 'traffic-duplication']));
  });

  it('pages through ranked results without overlap, and past the end gives nothing', async () => {
    const ranked = await slugs({ q: 'cloud' });
    const pages = await Promise.all([1, 2, 3, 4].map((page) => slugs({ q: 'cloud', page }, 1)));
    expect(pages).toEqual(ranked.map((slug) => [slug]));
    expect(await slugs({ q: 'cloud', page: 2 }, 3)).toEqual(ranked.slice(3));
    const past = await searchDetections(t.db, { q: 'cloud', page: 5 }, { pageSize: 1 });
    expect(past).toMatchObject({ total: 4, page: 5, items: [] });
    expect(await slugs({ page: 2 }, 3)).toEqual(['traffic-duplication']);
  });

  it('filters by tactic', async () => {
    expect(await slugs({ tactic: 'exfiltration' })).toEqual(['traffic-duplication']);
    expect(await slugs({ tactic: 'defense-impairment' })).toEqual(['cloud-logging-disabled', 'cloud-snapshot-created']);
    expect(await slugs({ tactic: 'impact' })).toEqual([]);
  });

  it('filters by technique, a parent finding its sub-techniques', async () => {
    expect(await slugs({ technique: 'T1020.001' })).toEqual(['traffic-duplication']);
    expect(await slugs({ technique: 'T1020' })).toEqual(['traffic-duplication']);
    expect(await slugs({ technique: 'T1578' })).toEqual(['cloud-snapshot-created']);
    expect(await slugs({ technique: 'T1020.002' })).toEqual([]);
  });

  it('filters by platform; sigma, the portable rule, is everywhere', async () => {
    expect(await slugs({ platform: 'splunk', tactic: 'defense-impairment' })).toEqual(['cloud-logging-disabled']);
    expect(await slugs({ platform: 'qradar', tactic: 'defense-impairment' })).toEqual([
      'cloud-logging-disabled',
      'cloud-snapshot-created',
    ]);
    expect(await slugs({ platform: 'sigma' })).toHaveLength(4);
    expect(await slugs({ platform: 'nope' })).toEqual([]);
  });

  it('filters by severity and combines filters with terms', async () => {
    expect(await slugs({ severity: 'medium' })).toEqual(['cloud-snapshot-created']);
    expect(await slugs({ severity: 'low' })).toEqual(['aardvark-egress']);
    expect(await slugs({ severity: 'critical' })).toEqual([]);
    expect(await slugs({ q: 'cloud', severity: 'high', platform: 'splunk' })).toEqual([
      'cloud-logging-disabled',
      'traffic-duplication',
    ]);
  });

  it('never shows a draft, whatever status is asked for', async () => {
    expect(await slugs({ q: 'Mirror Draft' })).toEqual([]);
    expect(await slugs({ q: 'Mirror Draft', status: 'published' })).toEqual([]);
  });
});
