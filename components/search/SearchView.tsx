import type { SearchFacets } from '@/lib/queries/search-facets';
import type { FacetCounts } from '@/lib/search/facet-counts';
import { rulesBundleHref, searchHref } from '@/lib/search/href';
import type { SearchQuery } from '@/lib/search/params';
import type { SearchResult } from '@/lib/search/search-detections';
import { DownloadLink } from '../ui/DownloadLink';
import { EmptyState } from './EmptyState';
import { FilterChips } from './FilterChips';
import { filterOptions } from './filter-options';
import { LiveResults } from './LiveResults';
import { Pagination } from './Pagination';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';

function countLine({ total, page, pageSize, items }: SearchResult, q: string): string {
  const noun = `detection${total === 1 ? '' : 's'}`;
  const what = q ? ` for “${q}”` : '';
  if (total <= pageSize || !items.length) return `${total} ${noun}${what}`;
  const from = (page - 1) * pageSize + 1;
  return `${from}–${from + items.length - 1} of ${total} ${noun}${what}`;
}

export function SearchView({
  query,
  result,
  facets,
  counts,
}: {
  query: SearchQuery;
  result: SearchResult;
  facets: SearchFacets;
  counts?: FacetCounts;
}) {
  const options = filterOptions(facets, counts);
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Search detections</h1>
      <p className="mt-1 text-sm text-slate-600">
        Titles, prose, ATT&amp;CK IDs and names, event names, data sources, false positives, Sigma rules and every SIEM
        query.
      </p>
      <div className="mt-5">
        {/* Its fields are uncontrolled: a new key per search resets them when a chip or page link navigates client-side. */}
        <SearchForm key={searchHref(query)} query={query} options={options} />
        <LiveResults query={query} />
      </div>
      <div className="mt-5 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-slate-700" data-testid="result-count" aria-live="polite">
          {countLine(result, query.q)}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <FilterChips query={query} options={options} />
          {result.total ? (
            <DownloadLink href={rulesBundleHref(query)} testId="download-rules">
              Download these rules
            </DownloadLink>
          ) : null}
        </div>
      </div>
      <div className="mt-4">
        {result.items.length ? (
          <SearchResults items={result.items} platform={query.platform} />
        ) : (
          <EmptyState query={query} total={result.total} pageable={result.pageable} />
        )}
      </div>
      <Pagination query={query} total={result.total} pageable={result.pageable} pageSize={result.pageSize} />
    </div>
  );
}
