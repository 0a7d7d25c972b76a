import Link from 'next/link';
import { FILTER_FIELDS, searchHref, withoutFilter } from '@/lib/search/href';
import type { SearchQuery } from '@/lib/search/params';
import { filterLabel, type filterOptions } from './filter-options';

const NAMES = {
  tactic: 'Tactic',
  technique: 'Technique',
  platform: 'Platform',
  severity: 'Severity',
  source: 'Source',
} as const;

/** One chip per active filter; each is a link to the same search without it. */
export function FilterChips({ query, options }: { query: SearchQuery; options: ReturnType<typeof filterOptions> }) {
  const active = FILTER_FIELDS.flatMap((field) => {
    const value = query[field];
    return value ? [{ field, value }] : [];
  });
  if (!active.length) return null;
  return (
    <ul className="flex flex-wrap items-center gap-2" aria-label="Active filters">
      {active.map(({ field, value }) => (
        <li key={field}>
          <Link
            href={searchHref(withoutFilter(query, field))}
            data-testid="filter-chip"
            aria-label={`Remove filter ${NAMES[field]}: ${filterLabel(options, field, value)}`}
            className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 py-1 pl-3 pr-2 text-sm text-brand-700 ring-1 ring-inset ring-brand-500/30 hover:bg-brand-100"
          >
            <span className="text-brand-600">{NAMES[field]}:</span>
            <span className="font-medium">{filterLabel(options, field, value)}</span>
            <span aria-hidden className="ml-0.5 text-base leading-none">
              ×
            </span>
          </Link>
        </li>
      ))}
      {active.length > 1 ? (
        <li>
          <Link
            href={searchHref({ q: query.q, page: 1 })}
            className="text-sm font-medium text-slate-600 underline-offset-2 hover:underline"
          >
            Clear all
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
