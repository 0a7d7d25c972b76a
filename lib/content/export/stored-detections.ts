import type { Db } from '../../db/client';
import type { DetectionDocument } from '../../detections/document';
import { documentOfSnapshot } from '../../detections/snapshot';
import { isOneOf, OWN_SOURCE, STATUSES, type Status } from '../../vocabulary';
import type { PlatformDef } from '../schemas';

export interface StoredDetection {
  document: DetectionDocument;
  status: Status;
}

/**
 * Our own detections as the database holds them: each one's newest working copy (its head revision, so browser edits
 * waiting for review are exported too) with the row's status. Imported collections (sigmahq) have their own home.
 */
export async function readStoredDetections(db: Db, slugs?: ReadonlyArray<string>): Promise<StoredDetection[]> {
  const rows = await db.detection.findMany({
    where: { source: OWN_SOURCE, ...(slugs?.length ? { slug: { in: [...slugs] } } : {}) },
    select: { id: true, slug: true, status: true, headRevision: true },
    orderBy: { slug: 'asc' },
  });
  const missing = (slugs ?? []).filter((s) => !rows.some((r) => r.slug === s));
  if (missing.length) throw new Error(`no detection of ours named ${missing.join(', ')}`);
  const detections: StoredDetection[] = [];
  for (const row of rows) {
    const revision = await db.revision.findUnique({
      where: { detectionId_number: { detectionId: row.id, number: row.headRevision } },
      select: { snapshot: true },
    });
    if (!revision) throw new Error(`detection ${row.slug} has no revision ${row.headRevision}`);
    if (!isOneOf(STATUSES, row.status)) throw new Error(`detection ${row.slug} has an unknown status "${row.status}"`);
    detections.push({ document: documentOfSnapshot(revision.snapshot), status: row.status });
  }
  return detections;
}

/** The SIEMs as the import stored them from platforms.yml: each one's query file extension. */
export async function readPlatforms(db: Db): Promise<Array<Pick<PlatformDef, 'slug' | 'queryExt'>>> {
  return db.platform.findMany({ select: { slug: true, queryExt: true }, orderBy: { order: 'asc' } });
}
