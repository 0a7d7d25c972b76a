import { type SearchQuery, toSearchParams } from '@/lib/search/query';
import { urls } from '@/lib/urls';

/**
 * Answers as you type: while the search box holds words other than the page's, the document script
 * (lib/documents/document-script.ts) shows here the first detections for them, asked of the API with this page's
 * filters (the API refuses `source`). Without the script there is nothing here and the form works as is.
 */
export function LiveResults({ query }: { query: SearchQuery }) {
  const filters = toSearchParams({ ...query, q: '', page: 1, source: undefined });
  return <div data-live-results={urls.api.detections()} data-q={query.q} data-params={filters.toString()} />;
}
