// The search filters as SQL over a detection's search key row `k` (lib/search/index/text-match.ts), alike on both
// databases (quoted names, parameters only).
import { Prisma } from '../../generated/sqlite/client';
import { PORTABLE_SLUG, PUBLISHED } from '../../vocabulary';
import type { SearchQuery } from '../params';
import { keyListPattern } from './document';

/** The filters a count per value is given for: each field's count leaves its own filter out. */
export const COUNTED_FIELDS = ['tactic', 'platform', 'severity', 'source'] as const;
export type CountedField = (typeof COUNTED_FIELDS)[number];

export interface FilterParts {
  /** What every row must pass: the status and the technique (which has no counts). */
  always: Prisma.Sql[];
  /** The filter on each counted field the query sets. */
  counted: Partial<Record<CountedField, Prisma.Sql>>;
}

export function filterParts(query: SearchQuery, { anyStatus = false } = {}): FilterParts {
  const always: Prisma.Sql[] = [anyStatus ? Prisma.sql`1 = 1` : Prisma.sql`k."status" = ${PUBLISHED}`];
  if (query.technique) {
    // A parent technique stands for its sub-techniques too: T1020 finds a detection mapped to T1020.001.
    always.push(Prisma.sql`EXISTS (SELECT 1 FROM "DetectionTechnique" dt JOIN "Technique" t ON t."id" = dt."techniqueId"
      WHERE dt."detectionId" = k."detectionId" AND (dt."techniqueId" = ${query.technique} OR t."parentId" = ${query.technique}))`);
  }
  const counted: FilterParts['counted'] = {};
  if (query.tactic) counted.tactic = Prisma.sql`k."tactics" LIKE ${keyListPattern(query.tactic)}`;
  // Every detection has its portable Sigma rule, so `sigma` narrows nothing.
  if (query.platform && query.platform !== PORTABLE_SLUG) {
    counted.platform = Prisma.sql`k."platforms" LIKE ${keyListPattern(query.platform)}`;
  }
  if (query.severity) counted.severity = Prisma.sql`k."severity" = ${query.severity}`;
  if (query.source) counted.source = Prisma.sql`k."source" = ${query.source}`;
  return { always, counted };
}

/** The counted fields' filters but `except`'s, joined with AND; `1 = 1` when there are none. */
export function countedFiltersBut(parts: FilterParts, except?: CountedField): Prisma.Sql {
  const and = COUNTED_FIELDS.flatMap((f) => (f === except || !parts.counted[f] ? [] : [parts.counted[f]]));
  return and.length ? Prisma.join(and, ' AND ') : Prisma.sql`1 = 1`;
}

/**
 * Published detections passing every filter of the query but `except`; `anyStatus` keeps withdrawn and draft
 * detections too (the change feeds name withdrawn ones).
 */
export function filterSql(query: SearchQuery, except?: CountedField, { anyStatus = false } = {}): Prisma.Sql {
  const parts = filterParts(query, { anyStatus });
  return Prisma.join([...parts.always, countedFiltersBut(parts, except)], ' AND ');
}
