import Link from 'next/link';
import { searchHref } from '@/lib/search/href';
import type { SearchQuery } from '@/lib/search/params';

const LINK =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-500 hover:text-brand-700';
const OFF = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-300';

/** `pageable`: how many of the `total` matches can be paged to (a search with words lists its first 1,000). */
export function Pagination({
  query,
  total,
  pageable,
  pageSize,
}: {
  query: SearchQuery;
  total: number;
  pageable: number;
  pageSize: number;
}) {
  const last = Math.ceil(pageable / pageSize);
  if (last <= 1 || query.page > last) return null;
  const to = (page: number) => searchHref({ ...query, page });
  return (
    <nav aria-label="Pages" className="mt-8 flex flex-wrap items-center justify-center gap-3" data-testid="pagination">
      {query.page > 1 ? (
        <Link href={to(query.page - 1)} rel="prev" className={LINK}>
          ← Previous
        </Link>
      ) : (
        <span className={OFF}>← Previous</span>
      )}
      <span className="text-sm text-slate-600">
        Page {query.page} of {last}
      </span>
      {query.page < last ? (
        <Link href={to(query.page + 1)} rel="next" className={LINK}>
          Next →
        </Link>
      ) : (
        <span className={OFF}>Next →</span>
      )}
      {pageable < total ? (
        <p className="basis-full text-center text-sm text-slate-600" data-testid="pagination-limit">
          {shownOnly(pageable, total)}
        </p>
      ) : null}
    </nav>
  );
}

/** Said below the pages of a search with more matches than it lists, and on a page past them. */
export function shownOnly(pageable: number, total: number): string {
  return `Only the best ${pageable.toLocaleString('en')} of ${total.toLocaleString('en')} matches are listed: add a word or a filter to narrow the search.`;
}
