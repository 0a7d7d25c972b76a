import { isTechniqueId } from '../attack/ids';
import { isSlug } from '../slug';

// The path segments of our routes, checked by pages and the API alike before any lookup: a value that cannot name
// anything is a 404 without a query. (A NUL byte, for one, is an error on PostgreSQL, not a miss.) Next hands routes
// their params percent-decoded, so these see the characters a client really sent.

const SIGMA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `/detections/<slug>`, `/platforms/<platform>`. */
export function slugParam(raw: string): string | null {
  return isSlug(raw) ? raw : null;
}

/** `/detections/<slug>/<platform>`: both segments, or null when either cannot name anything. */
export function variantParams(raw: { slug: string; platform: string }): { slug: string; platform: string } | null {
  const slug = slugParam(raw.slug);
  const platform = slugParam(raw.platform);
  return slug && platform ? { slug, platform } : null;
}

/** `/techniques/<id>`: case does not matter in the URL (t1020.001 is T1020.001). */
export function techniqueParam(raw: string): string | null {
  if (raw.length > 'T0000.000'.length) return null;
  const id = raw.toUpperCase();
  return isTechniqueId(id) ? id : null;
}

/**
 * `/rules/<name>.yml`: a detection slug or a Sigma rule id. Anything else is not a rule, so no path trick
 * (.., encoded slashes, NUL, backslashes) can ever reach a lookup, let alone the disk.
 */
export function ruleFileParam(raw: string): string | null {
  if (!raw.endsWith('.yml')) return null;
  const name = raw.slice(0, -'.yml'.length);
  return slugParam(name) ?? (SIGMA_ID.test(name) ? name : null);
}
