// Every URL of our own routes, built in one place (the URL contract in PRODUCT.md): pages, feeds, the API and tests
// link through these, so a route that moves is changed here, with its redirect, and nowhere else.
import { PORTABLE_SLUG } from './vocabulary';

const seg = (value: string) => encodeURIComponent(value);
const withQuery = (path: string, params?: URLSearchParams | string) => {
  const query = params?.toString() ?? '';
  return query ? `${path}?${query}` : path;
};

export const urls = {
  home: () => '/',
  matrix: () => '/techniques',
  /** A tactic's column on the matrix. */
  tactic: (shortname: string) => `/techniques#${seg(shortname)}`,
  technique: (id: string) => `/techniques/${seg(id)}`,
  detection: (slug: string, section?: string) => `/detections/${seg(slug)}${section ? `#${seg(section)}` : ''}`,
  /** One detection on one SIEM: the seed's page. */
  variant: (slug: string, platform: string, section?: string) =>
    `/detections/${seg(slug)}/${seg(platform)}${section ? `#${seg(section)}` : ''}`,
  /** The portable Sigma rule's own page. */
  sigma: (slug: string, section?: string) => urls.variant(slug, PORTABLE_SLUG, section),
  platform: (slug: string) => `/platforms/${seg(slug)}`,
  /** A detection's whole rule file by slug, or one rule by its id. */
  ruleFile: (name: string) => `/rules/${seg(name)}.yml`,
  search: (params?: URLSearchParams | string) => withQuery('/search', params),
  /** Every rule file a search matches, and manifest.json, in one zip. */
  rulesBundle: (params?: URLSearchParams | string) => withQuery('/rules.zip', params),
  /** Detections added, changed and withdrawn, as Atom. */
  changesFeed: (params?: URLSearchParams | string) => withQuery('/changes.atom', params),
  sitemap: () => '/sitemap.xml',
  /** One file of the sitemap index, when the catalog is past one file's 50,000 URLs. */
  sitemapFile: (name: string) => `/sitemaps/${seg(name)}.xml`,
  robots: () => '/robots.txt',
  /** The script every page loads (lib/documents/document-script.ts); `version` makes each one cacheable for good. */
  documentScript: (version: string) => `/document/${seg(version)}.js`,
  editor: (slug?: string) => (slug ? `/editor/${seg(slug)}` : '/editor'),
  editorNew: () => '/editor/new',
  /** A detection's revisions; with `compare`, the diff of two of them. */
  history: (slug: string, compare?: { from: number; to: number }) =>
    `/editor/${seg(slug)}/history${compare ? `?from=${compare.from}&to=${compare.to}#diff` : ''}`,
  /** The sign-in page; `next` is where to go afterwards (one of our own paths, checked again on arrival). */
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  /** POST: ends the session (a form, so that no other site can sign anyone out with a link). */
  logout: () => '/logout',
  accountTokens: () => '/account/tokens',
  adminUsers: () => '/admin/users',
  adminAudit: () => '/admin/audit',
  api: {
    /** better-auth's endpoints (app/api/auth), behind the sign-in throttle. */
    signIn: () => '/api/auth/sign-in/email',
    session: () => '/api/auth/get-session',
    /** Who is signed in and the header links they may use (app/api/account/menu), for the document script. */
    accountMenu: () => '/api/account/menu',
    detections: () => '/api/v1/detections',
    detection: (slug: string) => `/api/v1/detections/${seg(slug)}`,
    source: (slug: string) => `/api/v1/detections/${seg(slug)}/source`,
    revisions: (slug: string) => `/api/v1/detections/${seg(slug)}/revisions`,
    submit: (slug: string) => `/api/v1/detections/${seg(slug)}/submit`,
    approve: (slug: string) => `/api/v1/detections/${seg(slug)}/approve`,
    unpublish: (slug: string) => `/api/v1/detections/${seg(slug)}/unpublish`,
    /** POST with ?revision=N: a new revision holding revision N's document. */
    restore: (slug: string) => `/api/v1/detections/${seg(slug)}/restore`,
    revision: (slug: string, n: number) => `/api/v1/detections/${seg(slug)}/revisions/${n}`,
    techniques: () => '/api/v1/techniques',
    technique: (id: string) => `/api/v1/techniques/${seg(id)}`,
    platforms: () => '/api/v1/platforms',
    /** POST a rule: its located findings. */
    sigmaValidate: () => '/api/v1/sigma/validate',
    /** POST a rule and events (or samples): what matched, within the playground's budget. */
    sigmaMatch: () => '/api/v1/sigma/match',
    /** POST a rule: each SIEM's query from it, with the gap report. */
    sigmaConvert: () => '/api/v1/sigma/convert',
    /** The OpenAPI 3.1 description of every endpoint here. */
    openapi: () => '/api/v1/openapi.json',
    /** An ATT&CK Navigator layer of the detections a search matches. */
    navigatorLayer: (params?: URLSearchParams | string) => withQuery('/api/v1/navigator-layer', params),
    /** The content generation a caching proxy keys pages by (lib/cache/generation.ts); not part of /api/v1. */
    cacheGeneration: () => '/api/cache/generation',
    /** Detections added, changed and withdrawn, newest first. */
    changes: (params?: URLSearchParams | string) => withQuery('/api/v1/changes', params),
  },
} as const;
