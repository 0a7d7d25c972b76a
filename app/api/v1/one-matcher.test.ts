// "One way to do each thing": every endpoint that takes the search filters selects, for the same `q`, the detections
// /search finds (searchDetections), on both databases: /rules.zip, the Navigator layer, the JSON and Atom change feeds.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, closeApiDatabase, jsonOf, openApiDatabase, type Paged } from '@/lib/api/testing';
import type { Manifest } from '@/lib/bundles/manifest';
import { PROVIDERS, type TestDatabase } from '@/lib/db/testing';
import type { DetectionDocument } from '@/lib/detections/document';
import { childNamed, childrenNamed, parseXml } from '@/lib/feeds/testing';
import type { NavigatorLayer } from '@/lib/navigator/layer';
import { bundleRulePages } from '@/lib/queries/bundle-rule-pages';
import { searchDetections } from '@/lib/search/search-detections';
import { unpublish, writeDetections } from '@/lib/store';
import { otherDocument } from '@/lib/store/testing';

interface Change {
  kind: string;
  detection: { slug: string; published: boolean };
}

// A word from prose only, a technique ID, an event name (whole and by its words), a prefix as typed, two words,
// a Sigma rule id, words with a filter, the inside of a word and a word nothing holds (slugs hold none of them); and whether the withdrawn detection's text matches.
const QUERIES: Array<[string, string, boolean]> = [
  ['q=zebrafish', 'a word from prose', true],
  ['q=T1020.001', 'a technique ID', true],
  ['q=CreateTrafficMirrorSession', 'an event name', true],
  ['q=zebraf', 'a prefix', true],
  ['q=Traffic+Mirror', 'two words', true],
  ['q=bbbb0002-0d4e-4f50-8a6b-7c8d9e0f1a01', 'a Sigma rule id', false],
  ['q=zebrafish&severity=low', 'a word and a filter', false],
  ['q=ebrafish', 'the inside of a word, which is no word', false],
  ['q=quokkaquokka', 'a word nothing holds', false],
];

const sorted = (slugs: Iterable<string>) => [...new Set(slugs)].sort();
const detectionSlug = (url: string) => /\/detections\/([^/?#]+)$/.exec(url)?.[1];

describe.each(PROVIDERS)('one matcher for the search filters on %s', (provider) => {
  let t: TestDatabase;
  let zip: typeof import('../../rules.zip/route');
  let layer: typeof import('./navigator-layer/route');
  let changes: typeof import('./changes/route');
  let atom: typeof import('../../changes.atom/route');

  const write = (document: DetectionDocument, mode: 'publish' | 'draft' = 'publish') =>
    t.db.$transaction((tx) =>
      writeDetections(tx, [{ document, source: 'tripline', channel: 'api', message: 'test', mode }], new Date()),
    );

  /** What /search shows for the query string: every page of it. */
  const searched = async (qs: string) => {
    const params = new URLSearchParams(qs);
    const query = {
      q: params.get('q') ?? '',
      page: 1,
      ...(params.get('severity') ? { severity: 'low' as const } : {}),
    };
    const result = await searchDetections(t.db, query, { pageSize: 100 });
    expect(result.total).toBe(result.items.length);
    return sorted(result.items.map((d) => d.slug));
  };

  const bundled = async (qs: string) => {
    const res = await zip.GET(new Request(`http://localhost/rules.zip?${qs}`));
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    return sorted(manifest.rules.map((r) => r.slug));
  };

  const layered = async (qs: string) => {
    const body = await jsonOf<NavigatorLayer>(await layer.GET(apiRequest(`/api/v1/navigator-layer?${qs}`)));
    return sorted(
      body.techniques.flatMap((x) =>
        x.links.flatMap((l) => ('url' in l && detectionSlug(l.url) ? [detectionSlug(l.url) ?? ''] : [])),
      ),
    );
  };

  const listed = async (qs: string) => {
    const body = await jsonOf<Paged<Change>>(await changes.GET(apiRequest(`/api/v1/changes?${qs}&pageSize=100`)));
    expect(body.total).toBe(body.data.length);
    return body.data;
  };

  const fed = async (qs: string) => {
    const res = await atom.GET(new Request(`http://localhost/changes.atom?${qs}`));
    expect(res.status).toBe(200);
    const entries = childrenNamed(parseXml(await res.text()), 'entry');
    return entries.map((e) => childNamed(e, 'link')?.attrs.href ?? '');
  };

  beforeAll(async () => {
    t = await openApiDatabase(provider);
    zip = await import('../../rules.zip/route');
    layer = await import('./navigator-layer/route');
    changes = await import('./changes/route');
    atom = await import('../../changes.atom/route');
    // Zebrafish in prose only (the old substring search never read prose), in a title, in a draft, in a withdrawn one.
    await write(
      otherDocument('prose-hit', 'bbbb0001', {
        title: 'Aardvark burrow',
        overview: 'A zebrafish swims past the mirror.',
        severity: 'low',
      }),
    );
    await write(otherDocument('title-hit', 'bbbb0002', { title: 'Zebrafish tank opened' }));
    await write(otherDocument('a-draft', 'bbbb0003', { title: 'Zebrafish draft' }), 'draft');
    await write(otherDocument('withdrawn-hit', 'bbbb0004', { title: 'Zebrafish withdrawn' }));
    const withdrawn = await t.db.detection.findUniqueOrThrow({ where: { slug: 'withdrawn-hit' } });
    await t.db.$transaction((tx) => unpublish(tx, withdrawn.id, new Date()));
  });
  afterAll(() => closeApiDatabase(t));

  it('finds what each query is about in /search (so the comparisons below can fail)', async () => {
    expect(await searched('q=zebrafish')).toEqual(['prose-hit', 'title-hit']);
    expect(await searched('q=zebraf')).toEqual(['prose-hit', 'title-hit']);
    expect(await searched('q=T1020.001')).toEqual(
      expect.arrayContaining(['traffic-duplication', 'prose-hit', 'title-hit']),
    );
    expect(await searched('q=zebrafish&severity=low')).toEqual(['prose-hit']);
    expect(await searched('q=ebrafish')).toEqual([]);
    expect(await searched('q=quokkaquokka')).toEqual([]);
  });

  it('reads the bundle of a q in keyset pages of the match, in slug order, none skipped or repeated', async () => {
    const pages: string[][] = [];
    for await (const page of bundleRulePages(t.db, { q: 'T1020.001', page: 1 }, { pageSize: 2 })) {
      pages.push(page.map((r) => r.slug));
    }
    expect(pages.every((p) => p.length <= 2)).toBe(true);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat()).toEqual(await searched('q=T1020.001'));
  });

  it.each(QUERIES)('/rules.zip?%s (%s) holds the rules of what /search finds', async (qs) => {
    expect(await bundled(qs)).toEqual(await searched(qs));
  });

  it.each(QUERIES)('/api/v1/navigator-layer?%s (%s) covers what /search finds', async (qs) => {
    expect(await layered(qs)).toEqual(await searched(qs));
  });

  it.each(QUERIES)(
    '/api/v1/changes?%s (%s) names what /search finds, and the withdrawn it would',
    async (qs, _, withdrawnMatches) => {
      const data = await listed(qs);
      expect(sorted(data.filter((c) => c.detection.published).map((c) => c.detection.slug))).toEqual(
        await searched(qs),
      );
      const withdrawn = sorted(data.filter((c) => !c.detection.published).map((c) => c.detection.slug));
      expect(withdrawn).toEqual(withdrawnMatches ? ['withdrawn-hit'] : []);
    },
  );

  it.each(QUERIES)('/changes.atom?%s (%s) links to what /search finds', async (qs) => {
    const links = await fed(qs);
    expect(sorted(links.flatMap((l) => detectionSlug(l) ?? []))).toEqual(await searched(qs));
    expect(links.length).toBe((await listed(qs)).length);
  });
});
