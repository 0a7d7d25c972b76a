import type { Db } from '../db/client';

export interface PublishedVersion {
  number: number;
  /** When this revision became public: its approval, or for an imported one (published as it came) its writing. */
  date: Date;
}

/** The revision a published detection's public page shows ("Version N, published DATE"), or null. */
export async function getPublishedVersion(
  db: Db,
  detection: { id: string; publishedRevision: number | null },
): Promise<PublishedVersion | null> {
  if (detection.publishedRevision === null) return null;
  const r = await db.revision.findUnique({
    where: { detectionId_number: { detectionId: detection.id, number: detection.publishedRevision } },
    select: { number: true, approvedAt: true, createdAt: true },
  });
  return r ? { number: r.number, date: r.approvedAt ?? r.createdAt } : null;
}
