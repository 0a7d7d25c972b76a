import type { TechniqueListItem } from '../queries/technique-list';
import type { TechniquePage } from '../queries/technique-page';
import { urls } from '../urls';

function techniqueLinks(id: string) {
  return { html: urls.technique(id), api: urls.api.technique(id) };
}

/** A technique in a list. */
export function techniqueSummaryJson(t: TechniqueListItem) {
  return {
    id: t.id,
    name: t.name,
    url: t.url,
    parent: t.parentId,
    tactics: t.tactics.map((x) => x.tactic.shortname),
    detections: t._count.detections,
    links: techniqueLinks(t.id),
  };
}

/** One technique: where it sits in ATT&CK and which published detections cover it and its sub-techniques. */
export function techniqueJson(t: TechniquePage) {
  const slugs = (list: TechniquePage['detections']) => list.map((d) => d.detection.slug);
  return {
    id: t.id,
    name: t.name,
    url: t.url,
    revoked: t.revoked,
    deprecated: t.deprecated,
    tactics: t.tactics.map(({ tactic }) => ({ id: tactic.id, shortname: tactic.shortname, name: tactic.name })),
    parent: t.parent ? { id: t.parent.id, name: t.parent.name, links: techniqueLinks(t.parent.id) } : null,
    subTechniques: t.subs.map((s) => ({
      id: s.id,
      name: s.name,
      detections: slugs(s.detections),
      links: techniqueLinks(s.id),
    })),
    detections: slugs(t.detections),
    links: techniqueLinks(t.id),
  };
}
