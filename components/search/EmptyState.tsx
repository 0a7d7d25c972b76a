import Link from 'next/link';
import { FILTER_FIELDS, searchHref } from '@/lib/search/href';
import type { SearchQuery } from '@/lib/search/params';
import { urls } from '@/lib/urls';
import { shownOnly } from './Pagination';

/** Nothing matched: say why it might be, and offer the ways out. */
export function EmptyState({ query, total, pageable }: { query: SearchQuery; total: number; pageable: number }) {
  if (total > 0) {
    // A page number past the end (an old link, a hand-edited URL), or past the matches a search with words lists,
    // is not "no results".
    return (
      <div
        className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center"
        data-testid="search-empty"
      >
        <p className="font-semibold text-slate-900">There is no page {query.page} for this search.</p>
        {pageable < total ? <p className="mt-2 text-sm text-slate-600">{shownOnly(pageable, total)}</p> : null}
        <Link
          href={searchHref({ ...query, page: 1 })}
          className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline"
        >
          Go to the first page
        </Link>
      </div>
    );
  }
  const filtered = FILTER_FIELDS.some((f) => query[f]);
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8" data-testid="search-empty">
      <p className="text-lg font-semibold text-slate-900">No detections match{query.q ? <> “{query.q}”</> : null}.</p>
      <p className="mt-2 text-sm text-slate-600">Every word has to appear somewhere in a detection. Things to try:</p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>
          Fewer or shorter words: <code className="rounded bg-slate-100 px-1">mirror</code> rather than{' '}
          <code className="rounded bg-slate-100 px-1">mirroring sessions</code>.
        </li>
        <li>
          An ATT&amp;CK ID such as{' '}
          <Link className="text-brand-700 hover:underline" href={urls.search(new URLSearchParams({ q: 'T1020.001' }))}>
            T1020.001
          </Link>
          , or a parent such as{' '}
          <Link className="text-brand-700 hover:underline" href={urls.search(new URLSearchParams({ q: 'T1020' }))}>
            T1020
          </Link>
          .
        </li>
        <li>
          An event or API name from your logs, such as{' '}
          <Link
            className="text-brand-700 hover:underline"
            href={urls.search(new URLSearchParams({ q: 'CreateTrafficMirrorSession' }))}
          >
            CreateTrafficMirrorSession
          </Link>
          .
        </li>
        {filtered ? (
          <li>
            Removing a filter above, or{' '}
            <Link className="text-brand-700 hover:underline" href={searchHref({ q: query.q, page: 1 })}>
              searching without any
            </Link>
            .
          </li>
        ) : null}
        <li>
          Browsing the{' '}
          <Link className="text-brand-700 hover:underline" href={urls.matrix()}>
            ATT&amp;CK matrix
          </Link>
          .
        </li>
      </ul>
    </div>
  );
}
