import type { Db } from '../db/client';
import { documentOfSnapshot } from '../detections/snapshot';
import { WorkflowError } from './errors';

/** Every revision of a detection, newest first, with who wrote and who approved it. */
export async function listRevisions(db: Db, slug: string) {
  const d = await db.detection.findUnique({ where: { slug }, select: { id: true, publishedRevision: true } });
  if (!d) throw new WorkflowError('NOT_FOUND', `no detection ${slug}`);
  const rows = await db.revision.findMany({
    where: { detectionId: d.id },
    orderBy: { number: 'desc' },
    select: {
      number: true,
      source: true,
      message: true,
      createdAt: true,
      approvedAt: true,
      selfApproved: true,
      author: { select: { email: true, name: true } },
      approvedBy: { select: { email: true, name: true } },
    },
  });
  return rows.map((r) => ({
    number: r.number,
    channel: r.source,
    message: r.message,
    createdAt: r.createdAt.toISOString(),
    author: r.author?.email ?? null,
    approvedBy: r.approvedBy?.email ?? null,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    selfApproved: r.selfApproved,
    published: r.number === d.publishedRevision,
  }));
}

export async function getRevision(db: Db, slug: string, number: number) {
  const d = await db.detection.findUnique({ where: { slug }, select: { id: true } });
  const r = d && (await db.revision.findUnique({ where: { detectionId_number: { detectionId: d.id, number } } }));
  if (!r) throw new WorkflowError('NOT_FOUND', `${slug} has no revision ${number}`);
  return {
    number: r.number,
    message: r.message,
    createdAt: r.createdAt.toISOString(),
    document: documentOfSnapshot(r.snapshot),
  };
}
