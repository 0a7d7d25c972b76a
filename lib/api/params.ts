import { lastTextPage, tooDeepReason } from '../search/depth';
import { parseSearchQuery, type SearchField, type SearchQuery } from '../search/params';
import { type BadParam, parsePageSize } from './paging';

export const ALL_SEARCH_FIELDS: readonly SearchField[] = [
  'q',
  'tactic',
  'technique',
  'platform',
  'severity',
  'status',
  'page',
];

/**
 * The query of a list endpoint: the search fields it accepts plus pageSize. Unlike the search page, which
 * drops a bad value and carries on, the API refuses it, naming the first bad field.
 */
export function parseListParams(
  params: URLSearchParams,
  accepts: readonly SearchField[],
): { query: SearchQuery; pageSize: number } | { bad: BadParam } {
  const { query, invalid } = parseSearchQuery(params);
  const bad = invalid.find((i) => accepts.includes(i.field));
  if (bad) return { bad };
  const pageSize = parsePageSize(params);
  return typeof pageSize === 'number' ? { query, pageSize } : { bad: pageSize };
}

/**
 * The query of /api/v1/detections, ranked like /search: every search field, and no page deeper than a search with
 * words lists (lib/search/depth.ts), refused before any work like a page past the parser's maximum.
 */
export function parseSearchListParams(
  params: URLSearchParams,
): { query: SearchQuery; pageSize: number } | { bad: BadParam } {
  const parsed = parseListParams(params, ALL_SEARCH_FIELDS);
  if ('bad' in parsed) return parsed;
  const last = lastTextPage(parsed.query.q, parsed.pageSize);
  if (last !== null && parsed.query.page > last) {
    return { bad: { field: 'page', reason: tooDeepReason(last, parsed.pageSize) } };
  }
  return parsed;
}

/** The search filters a whole-catalog answer accepts (a bundle, a layer, a feed): everything but paging. */
export const WHOLE_CATALOG_FIELDS: readonly SearchField[] = [
  'q',
  'tactic',
  'technique',
  'platform',
  'severity',
  'source',
  'status',
];

/** The search filters alone, refusing a bad one by name; `page` means nothing here and is ignored. */
export function parseFilterParams(params: URLSearchParams): { query: SearchQuery } | { bad: BadParam } {
  const { query, invalid } = parseSearchQuery(params);
  const bad = invalid.find((i) => WHOLE_CATALOG_FIELDS.includes(i.field));
  return bad ? { bad } : { query: { ...query, page: 1 } };
}
