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

// Path segments are checked before any lookup: a NUL byte, for one, is an error on PostgreSQL, not a miss.
export { isSlug } from '../slug';
