// The full-text index on real SQLite and PostgreSQL: kept in step by the store, ranked, safe against query syntax,
// with escaped snippets and counts per filter value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAttack } from '../content/write-attack';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import type { DetectionDocument } from '../detections/document';
import { Prisma } from '../generated/sqlite/client';
import { smallCatalogFile } from '../sigma/test-support';
import { unpublish, writeDetections } from '../store';
import { otherDocument, seedCatalog } from '../store/testing';
import { countFacets } from './facet-counts';
import { readMatches } from './index/read';
import { searchDetections } from './search-detections';
import { snippetHtml } from './snippet';

describe.each(PROVIDERS)('full-text search on %s', (provider) => {
  let t: TestDatabase;
  const write = (doc: DetectionDocument, mode: 'publish' | 'draft' = 'publish', source = 'sigmahq') =>
    t.db.$transaction((tx) =>
      writeDetections(tx, [{ document: doc, source, channel: 'api', message: 'test', mode }], new Date()),
    );
  const search = (q: string, more = {}) => searchDetections(t.db, { q, page: 1, ...more }, { pageSize: 20 });
  const slugs = async (q: string, more = {}) => (await search(q, more)).items.map((d) => d.slug);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedCatalog(t.db);
    // Prose that says zebrafish many times, and a title that says it once: the title ranks first.
    await write(
      otherDocument('prose-hit', 'aaaa0001', {
        title: 'Aardvark burrow',
        overview: 'Zebrafish zebrafish zebrafish. A zebrafish story about zebrafish. <script>alert(1)</script>',
      }),
    );
    await write(otherDocument('title-hit', 'aaaa0002', { title: 'Zebrafish tank opened', severity: 'low' }));
    await write(otherDocument('a-draft', 'aaaa0003', { title: 'Zebrafish draft' }), 'draft');
  });
  afterAll(async () => t?.drop());

  it('ranks a title hit above a prose hit, and never shows a draft', async () => {
    expect(await slugs('zebrafish')).toEqual(['title-hit', 'prose-hit']);
  });

  it('finds identifiers: technique IDs, event names, process paths, Sigma ids', async () => {
    expect(await slugs('T1020.001')).toEqual(expect.arrayContaining(['prose-hit', 'title-hit']));
    expect(await slugs('CreateTrafficMirrorSession')).toHaveLength(2);
    expect(await slugs('Traffic Mirror')).toHaveLength(2);
    expect(await slugs('aaaa0002-0d4e-4f50-8a6b-7c8d9e0f1a01')).toEqual(['title-hit']);
  });

  it.each([
    '"',
    'AND(',
    '-',
    '*',
    'NEAR(a b',
    'title:x',
    '\'; DROP TABLE "Detection"; --',
    'a OR b NOT c',
    '^zebrafish',
    '(((',
    ':*',
    '!zebrafish & |',
    '{title}: zebrafish',
    '\\',
  ])('takes %j as plain words, never as query syntax', async (q) => {
    const result = await search(q);
    expect(result.total).toBeGreaterThanOrEqual(0);
    if (q.toLowerCase().includes('zebrafish')) expect(result.items.map((d) => d.slug)).toContain('title-hit');
    expect(await t.db.detection.count()).toBe(3);
  });

  it('gives no words at all (only punctuation) the plain list', async () => {
    expect((await search('"')).total).toBe(2);
  });

  it('marks the words in an escaped snippet', async () => {
    const [, prose] = (await search('zebrafish')).items;
    const html = snippetHtml(prose?.snippet ?? []);
    expect(html).toContain('<mark>Zebrafish</mark>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    // The page renders the parts as text: the payload is a string there, never markup.
    expect(prose?.snippet?.some((p) => !p.mark && p.text.includes('<script>'))).toBe(true);
  });

  it('counts each filter value for the current words, every other filter applied', async () => {
    const counts = await countFacets(t.db, { q: 'zebrafish', page: 1 });
    expect(counts.severity).toEqual({ high: 1, low: 1 });
    expect(counts.source).toEqual({ sigmahq: 2 });
    expect(counts.platform).toEqual({ sigma: 2, qradar: 2 });
    expect(counts.tactic).toEqual({ exfiltration: 2 });
    // A chosen severity still shows the others, and narrows the rest.
    const low = await countFacets(t.db, { q: 'zebrafish', severity: 'low', page: 1 });
    expect(low.severity).toEqual({ high: 1, low: 1 });
    expect(low.source).toEqual({ sigmahq: 1 });
  });

  it('pages title hits before the rest, whether the title hits fill the page or not', async () => {
    const page = async (n: number) =>
      (await searchDetections(t.db, { q: 'zebrafish', page: n }, { pageSize: 1 })).items.map((d) => d.slug);
    expect([await page(1), await page(2), await page(3)]).toEqual([['title-hit'], ['prose-hit'], []]);
  });

  it('follows a change of status alone: a draft published as it stands', async () => {
    const doc = otherDocument('status-only', 'aaaa0004', { title: 'Quokka burrow', severity: 'critical' });
    await write(doc, 'draft');
    expect(await slugs('quokka')).toEqual([]);
    await write(doc, 'publish');
    expect(await slugs('quokka')).toEqual(['status-only']);
    expect((await countFacets(t.db, { q: 'quokka', page: 1 })).severity).toEqual({ critical: 1 });
  });

  it('follows a technique moved to another tactic by an ATT&CK import', async () => {
    const doc = otherDocument('tactic-move', 'aaaa0005', { title: 'Wombat tunnel' });
    await write(doc);
    const move = async (tactic: string) => {
      const attack = smallCatalogFile();
      const techniques = attack.techniques.map((x) => (x.id.startsWith('T1020') ? { ...x, tactics: [tactic] } : x));
      await t.db.$transaction((tx) => writeAttack(tx, attack.tactics, techniques));
    };
    expect(await slugs('wombat', { tactic: 'exfiltration' })).toEqual(['tactic-move']);
    await move('command-and-control');
    expect(await slugs('wombat', { tactic: 'exfiltration' })).toEqual([]);
    expect(await slugs('wombat', { tactic: 'command-and-control' })).toEqual(['tactic-move']);
    expect((await countFacets(t.db, { q: 'wombat', page: 1 })).tactic).toEqual({ 'command-and-control': 1 });
    await move('exfiltration');
    expect(await slugs('wombat', { tactic: 'exfiltration' })).toEqual(['tactic-move']);
  });

  it('counts a field with every other filter applied and its own left out', async () => {
    await write(otherDocument('kiwi-high', 'aaaa0006', { title: 'Kiwi nest high', severity: 'high' }));
    await write(otherDocument('kiwi-low', 'aaaa0007', { title: 'Kiwi nest low', severity: 'low' }));
    await write(
      otherDocument('kiwi-other', 'aaaa0008', { title: 'Kiwi nest other', severity: 'low' }),
      'publish',
      'mine',
    );
    const counts = await countFacets(t.db, {
      q: 'kiwi',
      severity: 'low',
      source: 'sigmahq',
      tactic: 'stealth',
      page: 1,
    });
    // No kiwi is under stealth: every count but the tactic's own is empty; the tactic's shows what choosing one gives.
    expect(counts.severity).toEqual({});
    expect(counts.source).toEqual({});
    expect(counts.tactic).toEqual({ exfiltration: 1 });
    const low = await countFacets(t.db, { q: 'kiwi', severity: 'low', page: 1 });
    expect(low.severity).toEqual({ high: 1, low: 2 });
    expect(low.source).toEqual({ sigmahq: 1, mine: 1 });
    expect(low.platform).toEqual({ sigma: 2, qradar: 2 });
  });

  it('pages many title hits and the rest in one order, whatever the page size', async () => {
    for (let i = 0; i < 5; i++) {
      await write(otherDocument(`lynx-title-${i}`, `bbbb000${i}`, { title: `Lynx den ${i}` }));
      await write(
        otherDocument(`lynx-prose-${i}`, `cccc000${i}`, {
          title: `Feline den ${i}`,
          overview: `${'Lynx '.repeat(i + 1)}seen near the den.`,
        }),
      );
    }
    const all = await slugs('lynx');
    expect(all.slice(0, 5).every((s) => s.startsWith('lynx-title-'))).toBe(true);
    expect(all.slice(5).every((s) => s.startsWith('lynx-prose-'))).toBe(true);
    // The most mentions rank first among the prose hits.
    expect(all[5]).toBe('lynx-prose-4');
    for (const size of [1, 2, 3, 4, 6]) {
      const pages: string[] = [];
      for (let page = 1; pages.length < all.length; page++) {
        const got = (await searchDetections(t.db, { q: 'lynx', page }, { pageSize: size })).items.map((d) => d.slug);
        expect(got.length, `page ${page} of size ${size}`).toBeGreaterThan(0);
        pages.push(...got);
      }
      expect(pages, `pages of ${size}`).toEqual(all);
    }
  });

  it('reads a text search through the index alone: PostgreSQL is told not to walk the table', async () => {
    const read = async (text: boolean) =>
      (await readMatches(t.db, text, [Prisma.sql`SELECT 1 AS n`, Prisma.sql`SELECT 2 AS n`])).map((r) =>
        Number((r[0] as { n: number | bigint }).n),
      );
    expect([await read(true), await read(false)]).toEqual([
      [1, 2],
      [1, 2],
    ]);
    if (provider !== 'postgresql') return;
    const seqscan = async (text: boolean) => {
      const [rows] = await readMatches(t.db, text, [Prisma.sql`SELECT current_setting('enable_seqscan') AS v`]);
      return (rows?.[0] as { v?: string } | undefined)?.v;
    };
    expect([await seqscan(true), await seqscan(false)]).toEqual(['off', 'on']);
  });

  it('follows every save and an unpublish through the store', async () => {
    // Counts without words are kept between searches: they must still follow content changes.
    const lowBefore = (await countFacets(t.db, { q: '', page: 1 })).severity.low ?? 0;
    expect(await slugs('okapi')).toEqual([]);
    await write(otherDocument('title-hit', 'aaaa0002', { title: 'Okapi enclosure opened', severity: 'low' }));
    expect(await slugs('okapi')).toEqual(['title-hit']);
    expect(await slugs('zebrafish')).toEqual(['prose-hit']);
    const row = await t.db.detection.findUniqueOrThrow({ where: { slug: 'title-hit' } });
    await t.db.$transaction((tx) => unpublish(tx, row.id));
    expect(await slugs('okapi')).toEqual([]);
    expect((await countFacets(t.db, { q: 'okapi', page: 1 })).severity).toEqual({});
    expect((await countFacets(t.db, { q: '', page: 1 })).severity.low ?? 0).toBe(lowBefore - 1);
  });
});
