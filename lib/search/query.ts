import type { SEVERITIES } from '../vocabulary';

// The shape of a search and its canonical URL, without the parser (params.ts, which needs zod), for what builds
// search URLs without parsing one.

export const MAX_Q_LENGTH = 200;

export type Severity = (typeof SEVERITIES)[number];

export interface SearchQuery {
  q: string;
  tactic?: string;
  technique?: string;
  platform?: string;
  severity?: Severity;
  /** Where detections come from: `tripline` (our own, proven) or an imported collection such as `sigmahq`. */
  source?: string;
  status?: 'published';
  page: number;
}

/** Every field but the words, in the URL's fixed order. */
export const QUERY_FILTERS = ['tactic', 'technique', 'platform', 'severity', 'source', 'status', 'page'] as const;
export type QueryFilter = (typeof QUERY_FILTERS)[number];

/** The canonical URL form of a query: fixed key order, defaults and empty values left out. */
export function toSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const field of QUERY_FILTERS) {
    const value = query[field];
    if (value === undefined || (field === 'page' && value === 1)) continue;
    params.set(field, String(value));
  }
  return params;
}
