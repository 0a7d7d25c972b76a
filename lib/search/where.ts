import type { Provider } from '../db/config';
import type { Prisma } from '../generated/sqlite/client';
import { PORTABLE_SLUG, PUBLISHED } from '../vocabulary';
import type { SearchQuery } from './params';
import { textContains } from './text-contains';

type Where = Prisma.DetectionWhereInput;

// Each term is an OR over several text columns and joins; a cap keeps one request from becoming a huge query.
const MAX_TERMS = 8;

/** The distinct whitespace-separated terms of q, case folded for de-duplication only. */
export function searchTerms(q: string): string[] {
  const seen = new Map<string, string>();
  for (const term of q.split(/\s+/)) {
    if (term && !seen.has(term.toLowerCase())) seen.set(term.toLowerCase(), term);
  }
  return [...seen.values()].slice(0, MAX_TERMS);
}

/** One term matches if any searchable text holds it: a detection's own fields, its techniques, or a query. */
function termWhere(provider: Provider, term: string): Where {
  const has = textContains(provider, term);
  return {
    OR: [
      { title: has },
      { summary: has },
      { slug: has },
      { sigmaYaml: has },
      { techniques: { some: { technique: { OR: [{ id: has }, { name: has }, { parent: { is: { name: has } } }] } } } },
      { variants: { some: { query: has } } },
    ],
  };
}

/** Published detections matching every term and every filter. */
export function detectionWhere(provider: Provider, query: SearchQuery): Where {
  return { AND: [{ status: PUBLISHED }, matchingWhere(provider, query)] };
}

/**
 * Detections matching every term and every filter, public or not: the change feeds name withdrawn detections too
 * (by what their rows hold now).
 */
export function matchingWhere(provider: Provider, query: SearchQuery): Where {
  const and: Where[] = searchTerms(query.q).map((term) => termWhere(provider, term));
  if (query.tactic) {
    and.push({ techniques: { some: { technique: { tactics: { some: { tactic: { shortname: query.tactic } } } } } } });
  }
  if (query.technique) {
    // A parent technique stands for its sub-techniques too: T1020 finds a detection mapped to T1020.001.
    and.push({
      techniques: { some: { OR: [{ techniqueId: query.technique }, { technique: { parentId: query.technique } }] } },
    });
  }
  // Every detection has its portable Sigma rule, so `sigma` narrows nothing.
  if (query.platform && query.platform !== PORTABLE_SLUG)
    and.push({ variants: { some: { platformSlug: query.platform } } });
  if (query.severity) and.push({ severity: query.severity });
  if (query.source) and.push({ source: query.source });
  return { AND: and };
}

/** Detections whose title holds every term rank first; null when there is nothing to rank by. */
export function titleHitWhere(provider: Provider, q: string): Where | null {
  const terms = searchTerms(q);
  return terms.length ? { AND: terms.map((term) => ({ title: textContains(provider, term) })) } : null;
}
