import { urls } from '../urls';
import { type SearchQuery, toSearchParams } from './params';

export type FilterField = 'tactic' | 'technique' | 'platform' | 'severity' | 'source';
export const FILTER_FIELDS: readonly FilterField[] = ['tactic', 'technique', 'platform', 'severity', 'source'];

/** The /search URL of a query, in canonical form. */
export function searchHref(query: SearchQuery): string {
  const params = toSearchParams(query).toString();
  return urls.search(params);
}

/** The same search without one filter; back to page 1, since the old page number means nothing there. */
export function withoutFilter(query: SearchQuery, field: FilterField): SearchQuery {
  return { ...query, [field]: undefined, page: 1 };
}

/** The zip of every rule file the search matches, whatever page of it is shown. */
export function rulesBundleHref(query: SearchQuery): string {
  return urls.rulesBundle(toSearchParams({ ...query, page: 1 }));
}
