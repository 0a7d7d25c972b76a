// The words the whole product shares: what a detection may be, where it came from, how a change was written.
// Defined once here; schemas (zod), queries, pages and the API import them instead of repeating string literals.

export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A detection is public only when published; a draft is seen by editors alone. */
export const STATUSES = ['draft', 'published'] as const;
export type Status = (typeof STATUSES)[number];
export const PUBLISHED: Status = 'published';
export const DRAFT: Status = 'draft';

/**
 * Where a detection comes from: written by us (`tripline`: content/ or the editor), or a collection imported in bulk
 * and named for it (`sigmahq`). Analysts filter on it: "Tripline's own, proven" apart from a bulk import.
 */
export const OWN_SOURCE = 'tripline';
export const DEFAULT_IMPORT_SOURCE = 'sigmahq';
export type DetectionSource = typeof OWN_SOURCE | (string & { readonly __collection?: never });
export const SOURCE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isImported(source: string): boolean {
  return source !== OWN_SOURCE;
}

/** How a revision was written: each channel has its own rules (the content import never overwrites an editor's work). */
export const REVISION_CHANNELS = ['content-import', 'sigma-import', 'editor', 'api'] as const;
export type RevisionChannel = (typeof REVISION_CHANNELS)[number];

/** The portable rule format has a page beside the SIEMs' (`/detections/<slug>/sigma`) but no query of its own. */
export const PORTABLE_SLUG = 'sigma';

export const EXPECTATIONS = ['match', 'miss'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
