import type { Metadata } from 'next';
import { SearchView } from '@/components/search/SearchView';
import { getDb } from '@/lib/db/client';
import { cachedSearchPage } from '@/lib/search/cached-search';
import { parseSearchQuery, searchParamsFrom } from '@/lib/search/params';
import { urls } from '@/lib/urls';
import { pageMetadata } from '../_data/metadata';

// Every URL is its own search; nothing here can be prerendered. Identical searches share a short cache
// (lib/search/cached-search.ts) and each client a rate limit (proxy.ts).
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 12;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchQuery(searchParamsFrom(await searchParams));
  const title = query.q ? `Search: ${query.q}` : 'Search';
  return {
    ...pageMetadata({
      title,
      description: 'Search Tripline detections by words, ATT&CK tactic and technique, SIEM, severity and source.',
      path: urls.search(),
    }),
    // Every filter combination is a page; the sitemap lists the pages worth indexing.
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  // Bad values are dropped, not refused: a person gets the nearest sensible search, never an error page.
  const { query } = parseSearchQuery(searchParamsFrom(await searchParams));
  const { result, facets, counts } = await cachedSearchPage(getDb(), query, { pageSize: PAGE_SIZE });
  return <SearchView query={query} result={result} facets={facets} counts={counts} />;
}
