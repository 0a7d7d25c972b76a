import { loadAttackCatalog } from '../attack/catalog';
import type { Db } from '../db/client';
import type { DetectionDocument } from '../detections/document';
import type { DocumentContext } from '../detections/validate-document';
import { PORTABLE_SLUG } from '../vocabulary';

/** What a document from the editor or the API is checked against: our ATT&CK catalog, SIEMs and detections. */
export async function documentContext(db: Db, doc: Partial<DetectionDocument>): Promise<DocumentContext> {
  const related = Array.isArray(doc.related) ? doc.related.filter((s): s is string => typeof s === 'string') : [];
  const [platforms, existing] = await Promise.all([
    db.platform.findMany({ select: { slug: true } }),
    related.length ? db.detection.findMany({ where: { slug: { in: related } }, select: { slug: true } }) : [],
  ]);
  const known = new Set(existing.map((d) => d.slug));
  return {
    catalog: loadAttackCatalog(),
    platforms: new Set(platforms.map((p) => p.slug).filter((s) => s !== PORTABLE_SLUG)),
    detectionExists: (slug) => known.has(slug),
    policy: 'own',
  };
}
