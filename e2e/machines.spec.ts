// What analysts' tools read, against the real `next start`: rule bundles, the ATT&CK Navigator layer the matrix
// page downloads, the change feed, the sitemap, robots.txt and the icons. Each answer is compared with what the
// API lists for the same filters, never with numbers written here.
import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import Ajv from 'ajv/dist/2020.js';
import { atomProblems, childNamed, childrenNamed, parseXml, type XmlNode } from '../lib/feeds/testing';
import { gradientProblem, LAYER_SCHEMA } from '../lib/navigator/layer-schema';
import { openInNavigatorUrl } from '../lib/navigator/open-url';
import { publicBase } from '../lib/public-url';
import { urls } from '../lib/urls';
import {
  type ApiHit,
  expectBundleOfSingleDownloads,
  fetchAs,
  matchesCatalog,
  searchAll,
  slugsInZip,
} from './support/catalog';
import { freshDocument } from './support/documents';
import { signIn } from './support/people';

const slugsOf = (hits: ApiHit[]) => hits.map((h) => h.slug).sort();

test.describe('/rules.zip', () => {
  for (const filters of [{}, { source: 'tripline', severity: 'high' }, { q: 'cloud', platform: 'splunk' }] as Array<
    Record<string, string>
  >) {
    const label = new URLSearchParams(filters).toString() || 'no filter';
    test(`${label}: the files are the single downloads, the manifest hashes them, the API lists the same`, async () => {
      const zip = await matchesCatalog(
        async () => slugsOf(await searchAll(filters)),
        () => fetchAs(urls.rulesBundle(new URLSearchParams(filters))),
        (answer) => slugsInZip(answer.bytes),
      );
      expect(zip.headers['content-type']).toBe('application/zip');
      expect(zip.headers['content-disposition']).toBe('attachment; filename="tripline-rules.zip"');
      const manifest = await expectBundleOfSingleDownloads(zip.bytes);
      expect(manifest.filters).toEqual(filters);
      expect(manifest.count).toBeGreaterThan(0);
      // What the manifest says of each rule is what the API says of its detection.
      const api = new Map((await searchAll(filters)).map((h) => [h.slug, h]));
      for (const rule of manifest.rules) {
        const hit = api.get(rule.slug);
        // Withdrawn by another spec since the bundle was made.
        if (!hit) continue;
        expect({ title: rule.title, level: rule.level, techniques: [...rule.techniques].sort() }, rule.slug).toEqual({
          title: hit.title,
          level: hit.severity,
          techniques: [...hit.techniques].sort(),
        });
      }
    });
  }

  test('refuses a filter it cannot read with 400, naming it', async () => {
    const res = await fetchAs(urls.rulesBundle('severity=urgent'), 400);
    expect(res.body).toContain('severity');
  });
});

test.describe('the ATT&CK Navigator layer', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(LAYER_SCHEMA);
  interface Layer {
    name: string;
    techniques: Array<{ techniqueID: string; tactic: string; score?: number }>;
  }
  /** Technique ID -> the number of listed detections mapped to it: what each scored technique must show. */
  const scores = (hits: ApiHit[]) => {
    const counts: Record<string, number> = {};
    for (const h of hits) for (const t of h.techniques) counts[t] = (counts[t] ?? 0) + 1;
    return counts;
  };
  const scoresOf = (layer: Layer) => {
    const counts: Record<string, number> = {};
    for (const t of layer.techniques) {
      if (t.score === undefined) continue;
      expect(counts[t.techniqueID] ?? t.score, `${t.techniqueID} scored alike under every tactic`).toBe(t.score);
      counts[t.techniqueID] = t.score;
    }
    return counts;
  };
  const expectValid = (layer: unknown) => {
    expect(validate(layer), JSON.stringify(validate.errors)).toBe(true);
    expect(gradientProblem(layer as { gradient: { minValue: number; maxValue: number } })).toBeNull();
  };

  test('the matrix page downloads a layer the 4.5 schema accepts, scored by the detections the API lists', async ({
    page,
  }) => {
    await page.goto(urls.matrix());
    const file = await matchesCatalog(
      async () => scores(await searchAll({})),
      async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Navigator layer' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('tripline-layer.json');
        return readFile(await download.path(), 'utf8');
      },
      (text) => scoresOf(JSON.parse(text) as Layer),
    );
    const layer = JSON.parse(file) as Layer;
    expectValid(layer);
    expect(Object.keys(scoresOf(layer)).length).toBeGreaterThan(10);

    // Opening it in MITRE's Navigator needs an address the Navigator can fetch from: TRIPLINE_URL (none in the
    // browser tests' portal, so the link must be absent; with one, it must carry the layer's absolute URL).
    const open = page.getByRole('link', { name: /Open in Navigator/ });
    const base = publicBase();
    if (base) await expect(open).toHaveAttribute('href', openInNavigatorUrl(base) as string);
    else await expect(open).toHaveCount(0);
  });

  test('a filtered layer scores only what the same search finds', async () => {
    const filters = { source: 'tripline', severity: 'high' };
    const res = await matchesCatalog(
      async () => scores(await searchAll(filters)),
      () => fetchAs(urls.api.navigatorLayer(new URLSearchParams(filters))),
      (answer) => scoresOf(JSON.parse(answer.body) as Layer),
    );
    const layer = JSON.parse(res.body) as Layer;
    expectValid(layer);
    expect(layer.name).toMatch(/high/i);
  });
});

test.describe('the change feed', () => {
  test.describe.configure({ mode: 'serial' });
  const SLUG = `feed-${Date.now().toString(36)}`;
  let base = '';
  const as: Record<string, APIRequestContext> = {};
  const post = (who: string, path: string) => as[who]?.post(path, { headers: { origin: base } });

  test.beforeAll(async ({ baseURL }) => {
    base = baseURL ?? '';
    for (const who of ['editor', 'reviewer'] as const) {
      as[who] = await playwrightRequest.newContext({ baseURL: base });
      await signIn(as[who], base, who);
    }
  });
  test.afterAll(async () => {
    for (const ctx of Object.values(as)) await ctx.dispose();
  });

  const feed = async (params?: Record<string, string>) => {
    const res = await fetchAs(urls.changesFeed(new URLSearchParams(params)));
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const root = parseXml(res.body);
    expect(atomProblems(root)).toEqual([]);
    return childrenNamed(root, 'entry');
  };
  const linkOf = (e: XmlNode | undefined) =>
    e && childrenNamed(e, 'link').find((l) => (l.attrs.rel ?? 'alternate') === 'alternate')?.attrs.href;
  const kindOf = (e: XmlNode | undefined) =>
    e && childrenNamed(e, 'category').find((c) => !c.attrs.scheme && !c.attrs.term?.includes(':'))?.attrs.term;
  const updated = (e: XmlNode) => Date.parse(childNamed(e, 'updated')?.text ?? '');

  test('a detection published during the test is the newest entry, and its withdrawal the next', async () => {
    const document = await freshDocument(as.editor as APIRequestContext, SLUG);
    const created = await as.editor?.post(urls.api.detections(), {
      data: { document, message: 'feed test' },
      headers: { origin: base, 'content-type': 'application/json' },
    });
    expect(created?.status(), await created?.text()).toBe(201);
    expect((await post('editor', urls.api.submit(SLUG)))?.status()).toBe(200);
    const publishing = Date.now();
    const reviewed = created?.headers().etag ?? '';
    const approved = await as.reviewer?.post(urls.api.approve(SLUG), {
      headers: { origin: base, 'if-match': reviewed },
    });
    expect(approved?.status()).toBe(200);

    // The whole feed, newest first: nothing above our entry but what other specs changed since.
    const all = await feed();
    const mine = all.findIndex((e) => linkOf(e) === urls.detection(SLUG));
    expect(mine, 'our change in the feed').toBeGreaterThanOrEqual(0);
    expect(kindOf(all[mine])).toBe('added');
    for (let i = 1; i < all.length; i++)
      expect(updated(all[i - 1] as XmlNode)).toBeGreaterThanOrEqual(updated(all[i] as XmlNode));
    for (const e of all.slice(0, mine)) expect(updated(e)).toBeGreaterThanOrEqual(publishing - 1000);
    // Filtered like search, it is first.
    const filtered = await feed({ q: SLUG });
    expect(linkOf(filtered[0])).toBe(urls.detection(SLUG));
    expect(childNamed(filtered[0] as XmlNode, 'title')?.text).toBe(`Added: ${document.title}`);
    const json = JSON.parse((await fetchAs(urls.api.changes(new URLSearchParams({ q: SLUG })))).body);
    expect(json.data[0]).toMatchObject({ kind: 'added', revision: 1, detection: { slug: SLUG, published: true } });

    // Withdrawn: the catalog is as it was, and the feed says so first.
    expect((await post('reviewer', urls.api.unpublish(SLUG)))?.status()).toBe(200);
    const after = await feed({ q: SLUG });
    expect(kindOf(after[0])).toBe('withdrawn');
    expect(kindOf(after[1])).toBe('added');
  });
});

test.describe('what a public site is expected to have', () => {
  /** Every page of a detection the sitemap must list: the overview, the Sigma rule and one per SIEM. */
  const pagesOf = (hits: Array<ApiHit & { platforms: string[] }>) =>
    hits
      .flatMap((h) => [urls.detection(h.slug), urls.sigma(h.slug), ...h.platforms.map((p) => urls.variant(h.slug, p))])
      .sort();

  test('the sitemap lists every public detection and SIEM page; robots.txt points to it and keeps crawlers out of private pages', async ({
    baseURL,
  }) => {
    const origin = publicBase() ?? baseURL;
    const locsOf = (xml: string) => childrenNamed(parseXml(xml), 'url').map((u) => childNamed(u, 'loc')?.text ?? '');
    const xml = await matchesCatalog(
      async () => pagesOf((await searchAll({})) as Array<ApiHit & { platforms: string[] }>),
      async () => (await fetchAs(urls.sitemap())).body,
      (answer) =>
        locsOf(answer)
          .map((l) => l.slice(String(origin).length))
          .filter((p) => p.startsWith('/detections/'))
          .sort(),
    );
    const root = parseXml(xml);
    expect(root.name).toBe('urlset');
    const locs = childrenNamed(root, 'url').map((u) => childNamed(u, 'loc')?.text ?? '');
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
    const paths = locs.map((l) => l.slice(String(origin).length));
    expect(paths).toEqual(expect.arrayContaining([urls.home(), urls.matrix(), urls.technique('T1020.001')]));

    const robots = (await fetchAs(urls.robots())).body;
    expect(robots).toContain(`Sitemap: ${origin}${urls.sitemap()}`);
    for (const path of [urls.editor(), urls.adminUsers(), urls.accountTokens()])
      expect(robots.split('\n').some((l) => l.startsWith('Disallow: ') && path.startsWith(l.slice(10)))).toBe(true);
  });

  test('the icons the pages and the web manifest name are served', async ({ page }) => {
    await page.goto(urls.home());
    const hrefs = await page
      .locator('head link[rel~="icon"]')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
    const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBeTruthy();
    const manifest = JSON.parse((await fetchAs(manifestHref as string)).body) as { icons: Array<{ src: string }> };
    const all = [...hrefs, ...manifest.icons.map((i) => i.src)] as string[];
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const href of all) {
      const res = await fetchAs(href);
      expect(res.headers['content-type'], href).toMatch(/^image\//);
      expect(res.bytes.byteLength, href).toBeGreaterThan(100);
    }
  });
});
