// The sitemap protocol (sitemaps.org 0.9): at most 50,000 URLs in one file, else an index of files. Detections are
// split into slices small enough that even a detection with a page on every platform cannot push a file past it.
import { el, textEl, XML_DECLARATION } from '../feeds/xml';
import type { SitemapCatalog, SitemapDetection } from '../queries/sitemap';
import { urls } from '../urls';
import { PORTABLE_SLUG } from '../vocabulary';

export const MAX_URLS = 50_000;
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapUrl {
  path: string;
  lastmod?: Date;
}

/** The pages of a detection: its overview, its Sigma rule page, and one per SIEM it has a query for. */
export function detectionUrls(d: SitemapDetection): SitemapUrl[] {
  const platforms = [PORTABLE_SLUG, ...d.variants.map((v) => v.platformSlug).filter((p) => p !== PORTABLE_SLUG)];
  return [
    { path: urls.detection(d.slug), lastmod: d.updatedAt },
    ...platforms.map((p) => ({ path: urls.variant(d.slug, p), lastmod: d.updatedAt })),
  ];
}

/** Home, the matrix, every platform and every technique with a published detection. */
export function catalogUrls(c: SitemapCatalog): SitemapUrl[] {
  const lastmod = c.updatedAt ?? undefined;
  return [
    { path: urls.home(), lastmod },
    { path: urls.matrix(), lastmod },
    ...c.platforms.map((p) => ({ path: urls.platform(p.slug), lastmod })),
    ...c.techniques.map((t) => ({ path: urls.technique(t.id), lastmod })),
  ];
}

export interface SitemapPlan {
  /** Detections per detections file. */
  perFile: number;
  /** Number of detections files (0 when there is no detection). */
  detectionFiles: number;
  /** Whether everything fits in one file (then /sitemap.xml is that file, not an index). */
  single: boolean;
}

/** How the catalog is split: a detection has at most 2 + platforms pages, so that many fit under the limit. */
export function planSitemap(c: SitemapCatalog, maxUrls = MAX_URLS): SitemapPlan {
  const pagesPerDetection = 2 + c.platforms.length;
  const catalog = 2 + c.platforms.length + c.techniques.length;
  const perFile = Math.max(1, Math.floor(maxUrls / pagesPerDetection));
  const single = catalog + c.detections * pagesPerDetection <= maxUrls;
  return { perFile, detectionFiles: Math.ceil(c.detections / perFile), single };
}

const iso = (d: Date) => d.toISOString();

export function urlset(entries: SitemapUrl[], base: string): string {
  const body = entries.map((u) =>
    el('url', {}, [textEl('loc', `${base}${u.path}`), ...(u.lastmod ? [textEl('lastmod', iso(u.lastmod))] : [])]),
  );
  return `${XML_DECLARATION}${el('urlset', { xmlns: NS }, body)}\n`;
}

export function sitemapIndex(files: string[], base: string, lastmod: Date | null): string {
  const body = files.map((path) =>
    el('sitemap', {}, [textEl('loc', `${base}${path}`), ...(lastmod ? [textEl('lastmod', iso(lastmod))] : [])]),
  );
  return `${XML_DECLARATION}${el('sitemapindex', { xmlns: NS }, body)}\n`;
}

/** The files of an index: the catalog pages, then the detections in slices. */
export function sitemapFiles(plan: SitemapPlan): string[] {
  return [
    urls.sitemapFile('catalog'),
    ...Array.from({ length: plan.detectionFiles }, (_, n) => urls.sitemapFile(`detections-${n + 1}`)),
  ];
}

/** `catalog` or `detections-<n>` (1-based) from a file name such as detections-2.xml; null for anything else. */
export function sitemapFileParam(
  raw: string,
  plan: SitemapPlan,
): { kind: 'catalog' } | { kind: 'detections'; n: number } | null {
  if (raw === 'catalog.xml') return { kind: 'catalog' };
  const n = Number(/^detections-([1-9]\d{0,5})\.xml$/.exec(raw)?.[1]);
  return n >= 1 && n <= plan.detectionFiles ? { kind: 'detections', n } : null;
}
