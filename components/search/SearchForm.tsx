import type { SearchQuery } from '@/lib/search/params';
import { MAX_Q_LENGTH } from '@/lib/search/params';
import { urls } from '@/lib/urls';
import type { Option } from './filter-options';

type Selects = { tactic: Option[]; platform: Option[]; severity: Option[]; source: Option[] };
const SELECTS = [
  { field: 'tactic', label: 'Tactic', any: 'Any tactic' },
  { field: 'platform', label: 'Platform', any: 'Any platform' },
  { field: 'severity', label: 'Severity', any: 'Any severity' },
  { field: 'source', label: 'Source', any: 'Any source' },
] as const;

/** A plain GET form: the URL it produces is the search, so it works without JavaScript and can be shared. */
export function SearchForm({ query, options }: { query: SearchQuery; options: Selects }) {
  return (
    <search>
      {/* autoComplete off: on Back, the browser would otherwise put back what was chosen before submitting (the next
          search's platform, say) over the page's own query, and the form would disagree with its results. */}
      <form
        action={urls.search()}
        method="get"
        autoComplete="off"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        data-testid="search-form"
      >
        <label htmlFor="search-q" className="text-sm font-medium text-slate-700">
          Search terms
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={MAX_Q_LENGTH}
            placeholder="T1020.001, CreateTrafficMirrorSession, packet mirroring…"
            className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-[15px] focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30"
          />
          <button
            type="submit"
            className="shrink-0 rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-slate-800"
          >
            Search
          </button>
        </div>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {SELECTS.map(({ field, label, any }) => (
            <div key={field}>
              <label htmlFor={`filter-${field}`} className="text-xs font-medium uppercase tracking-wide text-slate-500">
                {label}
              </label>
              <select
                id={`filter-${field}`}
                name={field}
                defaultValue={query[field] ?? ''}
                className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-2 text-sm focus:border-brand-500 focus:outline-none"
              >
                <option value="">{any}</option>
                {options[field].map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.count === undefined ? o.label : `${o.label} (${o.count})`}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {/* Filters with no select of their own ride along, so submitting the form keeps them. */}
        {query.technique ? <input type="hidden" name="technique" value={query.technique} /> : null}
        {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
      </form>
    </search>
  );
}
