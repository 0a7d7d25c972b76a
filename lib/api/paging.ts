export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageMeta {
  total: number;
  /** How many of them can be paged to, when not all (a search with words: lib/search/depth.ts). */
  pageable?: number;
  page: number;
  pageSize: number;
}

export interface BadParam {
  field: string;
  reason: string;
}

/** `?pageSize=`, 1 to 100; absent means the default. */
export function parsePageSize(params: URLSearchParams): number | BadParam {
  const raw = params.get('pageSize')?.trim();
  if (!raw) return DEFAULT_PAGE_SIZE;
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (n >= 1 && n <= MAX_PAGE_SIZE) return n;
  return { field: 'pageSize', reason: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` };
}

/** The path and query of a request, the form every API link takes. */
export function pathOf(url: URL): string {
  return url.pathname + url.search;
}

/** The same request on another page; every other parameter is kept. */
function pageUrl(url: URL, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return pathOf(next);
}

/**
 * A list body: the items, where they sit in the whole, and Link-style URLs to the neighbouring pages.
 * Links are root-relative: the host a request names is not to be trusted in a publicly cached body, and
 * behind a proxy it is not even the public one.
 */
export function paged<T>(url: URL, data: T[], { total, pageable = total, page, pageSize }: PageMeta) {
  const last = Math.max(1, Math.ceil(pageable / pageSize));
  return {
    data,
    page,
    pageSize,
    total,
    links: {
      self: pathOf(url),
      next: page < last ? pageUrl(url, page + 1) : null,
      // Past the end, "previous" is the last real page rather than one more empty one.
      prev: page > 1 ? pageUrl(url, Math.min(page - 1, last)) : null,
    },
  };
}
