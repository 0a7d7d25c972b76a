import type { PublicChangeItem } from '../queries/public-changes';
import { urls } from '../urls';
import { PUBLISHED } from '../vocabulary';

/**
 * A change in /api/v1/changes. Links are given only while the detection is public: a withdrawn one's pages are 404.
 * `entryId` is the Atom entry's id, so the two feeds name a change alike.
 */
export function changeJson(c: PublicChangeItem) {
  const d = c.detection;
  const isPublic = d.status === PUBLISHED;
  return {
    id: c.seq,
    entryId: changeEntryId(c),
    kind: c.kind,
    revision: c.revision,
    at: c.at.toISOString(),
    message: c.message,
    detection: {
      slug: d.slug,
      title: d.title,
      summary: d.summary,
      severity: d.severity,
      source: d.source,
      techniques: d.techniques.map((t) => t.techniqueId),
      published: isPublic,
    },
    links: isPublic
      ? { html: urls.detection(d.slug), rule: urls.ruleFile(d.slug), api: urls.api.detection(d.slug) }
      : null,
  };
}

/**
 * A tag: URI (RFC 4151) naming one change for ever: the detection's database id is random per installation and
 * the sequence number never reused, so no two portals, and no two changes, share one.
 */
export function changeEntryId(c: Pick<PublicChangeItem, 'seq' | 'detection'>): string {
  return `tag:tripline,2026:change/${c.detection.id}/${c.seq}`;
}

export const CHANGE_VERBS = { added: 'Added', changed: 'Changed', withdrawn: 'Withdrawn' } as const;
