import { MAX_SLUG_LENGTH } from '../slug';

// Slugs end up in URLs (/detections/<slug>, /rules/<slug>.yml) that accept only lib/slug.ts's slugs: the base leaves
// room for a dash and a whole UUID, so every slug made here fits, or the download would 404.
const MAX_BASE_LENGTH = MAX_SLUG_LENGTH - 1 - 36;

/** `proc_creation_win_foo.yml` → `proc-creation-win-foo`; accents dropped, anything else outside [a-z0-9] a dash. */
export function baseSlug(fileName: string): string {
  const name = fileName.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'sigma-rule';
}

/** Who holds a slug: the Sigma id of the detection using it (null for one without an id), or undefined if free. */
export type SlugOwner = (slug: string) => string | null | undefined;

/**
 * The slug for a rule that has none yet. The file name's slug when free; when another rule (or a hand-written
 * detection) holds it, the same slug with the first 8 characters of the Sigma id, then with the whole id. Only
 * the id decides the suffix, so the same collection imported anywhere gets the same slugs.
 */
export function chooseSlug(fileName: string, sigmaId: string, ownerOf: SlugOwner): string | null {
  const base = baseSlug(fileName);
  const compactId = sigmaId.toLowerCase();
  for (const candidate of [base, `${base}-${compactId.slice(0, 8)}`, `${base}-${compactId}`]) {
    const owner = ownerOf(candidate);
    if (owner === undefined || owner === compactId) return candidate;
  }
  return null;
}
