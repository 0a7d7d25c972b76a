import { describe, expect, it } from 'vitest';
import { childNamed, childrenNamed, parseXml } from '../feeds/testing';
import type { SitemapCatalog } from '../queries/sitemap';
import { robotsTxt } from './robots';
import {
  catalogUrls,
  detectionUrls,
  planSitemap,
  sitemapFileParam,
  sitemapFiles,
  sitemapIndex,
  urlset,
} from './sitemap';

const catalog = (detections: number): SitemapCatalog => ({
  platforms: ['sigma', 'qradar', 'splunk', 'sentinel', 'elastic'].map((slug) => ({ slug })),
  techniques: [{ id: 'T1020.001' }, { id: 'T1578' }],
  detections,
  updatedAt: new Date('2026-12-01T00:00:00Z'),
});
const day = new Date('2026-11-30T12:00:00Z');

describe('the sitemap', () => {
  it('lists a detection’s overview, its Sigma page and one page per SIEM', () => {
    const d = {
      slug: 'traffic-duplication',
      updatedAt: day,
      variants: [{ platformSlug: 'qradar' }, { platformSlug: 'splunk' }],
    };
    expect(detectionUrls(d).map((u) => u.path)).toEqual([
      '/detections/traffic-duplication',
      '/detections/traffic-duplication/sigma',
      '/detections/traffic-duplication/qradar',
      '/detections/traffic-duplication/splunk',
    ]);
    expect(catalogUrls(catalog(3)).map((u) => u.path)).toEqual([
      '/',
      '/techniques',
      '/platforms/sigma',
      '/platforms/qradar',
      '/platforms/splunk',
      '/platforms/sentinel',
      '/platforms/elastic',
      '/techniques/T1020.001',
      '/techniques/T1578',
    ]);
  });

  it('is one file up to 50,000 URLs, and an index of files that each stay under it past that', () => {
    // At most 2 + 5 platforms = 7 pages per detection.
    expect(planSitemap(catalog(7_000))).toEqual({ perFile: 7142, detectionFiles: 1, single: true });
    const big = planSitemap(catalog(20_000));
    expect(big).toEqual({ perFile: 7142, detectionFiles: 3, single: false });
    expect(big.perFile * 7).toBeLessThanOrEqual(50_000);
    expect(sitemapFiles(big)).toEqual([
      '/sitemaps/catalog.xml',
      '/sitemaps/detections-1.xml',
      '/sitemaps/detections-2.xml',
      '/sitemaps/detections-3.xml',
    ]);
    expect(sitemapFileParam('detections-3.xml', big)).toEqual({ kind: 'detections', n: 3 });
    expect(sitemapFileParam('catalog.xml', big)).toEqual({ kind: 'catalog' });
    for (const bad of ['detections-4.xml', 'detections-0.xml', 'detections-01.xml', '../x.xml', 'catalog'])
      expect(sitemapFileParam(bad, big)).toBeNull();
  });

  it('writes the sitemaps.org 0.9 formats with absolute URLs', () => {
    const set = parseXml(urlset([{ path: '/search?q=a&b', lastmod: day }, { path: '/' }], 'https://t.example'));
    expect(set.name).toBe('urlset');
    expect(set.attrs.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const [first, second] = childrenNamed(set, 'url');
    expect(childNamed(first as never, 'loc')?.text).toBe('https://t.example/search?q=a&b');
    expect(childNamed(first as never, 'lastmod')?.text).toBe('2026-11-30T12:00:00.000Z');
    expect(childNamed(second as never, 'lastmod')).toBeUndefined();
    const index = parseXml(sitemapIndex(['/sitemaps/catalog.xml'], 'https://t.example', day));
    expect(index.name).toBe('sitemapindex');
    expect(childNamed(childNamed(index, 'sitemap') as never, 'loc')?.text).toBe(
      'https://t.example/sitemaps/catalog.xml',
    );
  });
});

describe('robots.txt', () => {
  it('allows the public site, keeps crawlers out of the private parts and names the sitemap', () => {
    expect(robotsTxt('https://t.example')).toBe(
      [
        'User-agent: *',
        'Allow: /',
        'Disallow: /editor',
        'Disallow: /admin',
        'Disallow: /account',
        'Disallow: /api/auth',
        '',
        'Sitemap: https://t.example/sitemap.xml',
        '',
      ].join('\n'),
    );
  });
});
