import { cached } from '../cache/shared-cache';
import type { Db } from '../db/client';
import { getSearchFacets, type SearchFacets } from '../queries/search-facets';
import { countFacets, type FacetCounts } from './facet-counts';
import { type SearchQuery, toSearchParams } from './params';
import { type SearchResult, searchDetections } from './search-detections';

// Searches are rendered per request (every URL is its own search), so a popular one is kept for everyone, on
// every instance, for a short while (lib/cache/shared-cache.ts). A content import clears it at once.

export const SEARCH_CACHE_SECONDS = 30;

/** The canonical URL form of the query is the key: two URLs that mean the same search share an entry. */
function keyOf(kind: string, query: SearchQuery, pageSize: number): string {
  return `${kind}?${toSearchParams(query)}&pageSize=${pageSize}`;
}

function reviveResult(json: unknown): SearchResult {
  const result = json as SearchResult;
  return {
    ...result,
    // An entry kept by an instance that does not know `pageable` yet (a rolling deploy) lists every match, as it did.
    pageable: result.pageable ?? result.total,
    items: result.items.map((item) => ({ ...item, updatedAt: new Date(item.updatedAt) })),
  };
}

/** A page of results, as the API lists them. */
export function cachedSearch(db: Db, query: SearchQuery, { pageSize }: { pageSize: number }): Promise<SearchResult> {
  return cached(
    db,
    keyOf('search', query, pageSize),
    SEARCH_CACHE_SECONDS,
    () => searchDetections(db, query, { pageSize }),
    reviveResult,
  );
}

/** What /search shows: a page of results and the filters on offer, one entry. */
export function cachedSearchPage(
  db: Db,
  query: SearchQuery,
  { pageSize }: { pageSize: number },
): Promise<{ result: SearchResult; facets: SearchFacets; counts: FacetCounts }> {
  return cached(
    db,
    keyOf('search-page', query, pageSize),
    SEARCH_CACHE_SECONDS,
    async () => {
      const [result, facets, counts] = await Promise.all([
        searchDetections(db, query, { pageSize }),
        getSearchFacets(db),
        countFacets(db, query),
      ]);
      return { result, facets, counts };
    },
    (json) => {
      const page = json as { result: unknown; facets: SearchFacets; counts: FacetCounts };
      return { result: reviveResult(page.result), facets: page.facets, counts: page.counts };
    },
  );
}
