import { type SearchQuery, toSearchParams } from './params';

/** Words for the filters of a search (“cloud”, platform splunk), for the names of layers and feeds. */
export function describeFilters(query: SearchQuery): string {
  return [...toSearchParams({ ...query, page: 1 })].map(([k, v]) => (k === 'q' ? `“${v}”` : `${k} ${v}`)).join(', ');
}
