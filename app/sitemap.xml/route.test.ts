// /sitemap.xml, /sitemaps/<file>.xml and /robots.txt on both databases: every public page, absolute URLs on
// TRIPLINE_URL (else the request's origin), and the index once the URLs pass one file's limit.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeApiDatabase, openApiDatabase } from '@/lib/api/testing';
import { PROVIDERS, type TestDatabase } from '@/lib/db/testing';
import { childNamed, childrenNamed, parseXml, type XmlNode } from '@/lib/feeds/testing';
import { sitemapPart, sitemapRoot } from '@/lib/sitemap/serve';

const locs = (n: XmlNode) =>
  childrenNamed(n, n.name === 'urlset' ? 'url' : 'sitemap').map((u) => childNamed(u, 'loc')?.text);

describe.each(PROVIDERS)('sitemap and robots.txt on %s', (provider) => {
  let t: TestDatabase;
  let sitemap: typeof import('./route');
  let part: typeof import('../sitemaps/[file]/route');
  let robots: typeof import('../robots.txt/route');

  beforeAll(async () => {
    t = await openApiDatabase(provider);
    sitemap = await import('./route');
    part = await import('../sitemaps/[file]/route');
    robots = await import('../robots.txt/route');
  });
  afterAll(() => closeApiDatabase(t));
  afterEach(() => {
    delete process.env.TRIPLINE_URL;
  });

  it('lists every public detection page and SIEM page, absolute on TRIPLINE_URL', async () => {
    process.env.TRIPLINE_URL = 'https://tripline.example.org';
    const res = await sitemap.GET(new Request('http://internal:3000/sitemap.xml'));
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const set = parseXml(await res.text());
    expect(set.name).toBe('urlset');
    const all = locs(set);
    expect(all.every((u) => u?.startsWith('https://tripline.example.org/'))).toBe(true);
    const variants = await t.db.detectionVariant.findMany({
      where: { detection: { status: 'published' } },
      select: { platformSlug: true, detection: { select: { slug: true } } },
    });
    for (const v of variants)
      expect(all).toContain(`https://tripline.example.org/detections/${v.detection.slug}/${v.platformSlug}`);
    for (const page of [
      '/',
      '/techniques',
      '/platforms/qradar',
      '/detections/traffic-duplication',
      '/techniques/T1020.001',
    ])
      expect(all).toContain(`https://tripline.example.org${page}`);
    expect(all).toContain('https://tripline.example.org/detections/traffic-duplication/sigma');
    expect(new Set(all).size).toBe(all.length);
  });

  it('becomes an index of files under the limit once the URLs pass it, each file holding its share', async () => {
    const base = 'http://localhost';
    const index = parseXml(await sitemapRoot(t.db, base, 10));
    expect(index.name).toBe('sitemapindex');
    const files = locs(index);
    expect(files[0]).toBe('http://localhost/sitemaps/catalog.xml');
    const single = locs(parseXml(await sitemapRoot(t.db, base))).sort();
    const paged: string[] = [];
    for (const file of files) {
      const name = file?.split('/').pop() ?? '';
      const xml = await sitemapPart(t.db, base, name, 10);
      expect(xml, name).not.toBeNull();
      const urls = locs(parseXml(xml ?? ''));
      if (name !== 'catalog.xml') expect(urls.length).toBeLessThanOrEqual(10);
      paged.push(...(urls as string[]));
    }
    expect(paged.sort()).toEqual(single);
    expect(await sitemapPart(t.db, base, `detections-${files.length}.xml`, 10)).toBeNull();
    // While everything fits in /sitemap.xml, the index's files do not exist.
    const missing = await part.GET(new Request('http://localhost/sitemaps/catalog.xml'), {
      params: Promise.resolve({ file: 'catalog.xml' }),
    });
    expect(missing.status).toBe(404);
  });

  it('robots.txt keeps crawlers from the private parts and names the sitemap on the request’s origin', async () => {
    const res = robots.GET(new Request('http://localhost:3000/robots.txt'));
    const text = await res.text();
    expect(text).toContain('Disallow: /editor\n');
    expect(text).toContain('Disallow: /api/auth\n');
    expect(text).toContain('Sitemap: http://localhost:3000/sitemap.xml\n');
  });
});
