import { sourceLabel } from '@/lib/detections/source';
import type { SearchFacets } from '@/lib/queries/search-facets';
import type { CountedField, FacetCounts } from '@/lib/search/facet-counts';
import type { FilterField } from '@/lib/search/href';
import { PORTABLE_SLUG, SEVERITIES } from '@/lib/vocabulary';

export interface Option {
  value: string;
  label: string;
  /** Detections this value would give for the current search (the other filters applied). */
  count?: number;
}

/** The choices each filter select offers; technique has none, it arrives through links from technique pages. */
export function filterOptions(facets: SearchFacets, counts?: FacetCounts) {
  const options = {
    tactic: facets.tactics.map((t) => ({ value: t.shortname, label: t.name })),
    // The portable rule exists for every detection, so it is offered beside the SIEMs.
    platform: [
      ...facets.platforms.map((p) => ({ value: p.slug, label: p.shortName })),
      { value: PORTABLE_SLUG, label: 'Sigma rule' },
    ],
    severity: SEVERITIES.map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) })),
    source: facets.sources.map((s) => ({ value: s, label: sourceLabel(s) })),
  } satisfies Record<Exclude<FilterField, 'technique'>, Option[]>;
  if (!counts) return options;
  const counted = (field: CountedField) =>
    options[field].map((o: Option) => ({ ...o, count: counts[field][o.value] ?? 0 }));
  return {
    tactic: counted('tactic'),
    platform: counted('platform'),
    severity: counted('severity'),
    source: counted('source'),
  };
}

/** How an active filter reads on its chip: the option's name when we know it, else the raw value. */
export function filterLabel(options: ReturnType<typeof filterOptions>, field: FilterField, value: string): string {
  if (field === 'technique') return value;
  return options[field].find((o) => o.value === value)?.label ?? value;
}
