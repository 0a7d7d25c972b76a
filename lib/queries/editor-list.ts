import type { Db } from '../db/client';
import { OWN_SOURCE } from '../vocabulary';

export interface EditorListOptions {
  /** Only changes submitted for review that this user may approve (they did not write the newest revision). */
  waitingForReviewBy?: string;
  take?: number;
}

/**
 * Our own detections as the editor lists them: status, review state, the newest revision's author and date. Imported
 * collections are not listed: they are changed where they come from, and imported again.
 */
export async function getEditorList(db: Db, options: EditorListOptions = {}) {
  const rows = await db.detection.findMany({
    where: { source: OWN_SOURCE, ...(options.waitingForReviewBy ? { reviewState: 'submitted' } : {}) },
    orderBy: { updatedAt: 'desc' },
    take: Math.min(options.take ?? 500, 2000),
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      reviewState: true,
      headRevision: true,
      publishedRevision: true,
      submittedAt: true,
      submittedBy: { select: { email: true } },
    },
  });
  const heads = rows.length
    ? await db.revision.findMany({
        where: { OR: rows.map((r) => ({ detectionId: r.id, number: r.headRevision })) },
        select: { detectionId: true, createdAt: true, authorId: true, author: { select: { email: true } } },
      })
    : [];
  const headOf = new Map(heads.map((h) => [h.detectionId, h]));
  return rows
    .map((r) => {
      const head = headOf.get(r.id);
      return {
        slug: r.slug,
        title: r.title,
        status: r.status,
        reviewState: r.reviewState,
        revision: r.headRevision,
        pendingChange: r.publishedRevision !== null && r.headRevision > r.publishedRevision,
        lastAuthor: head?.author?.email ?? null,
        lastAuthorId: head?.authorId ?? null,
        lastChange: head?.createdAt ?? null,
        submittedBy: r.submittedBy?.email ?? null,
        submittedAt: r.submittedAt,
      };
    })
    .filter((r) => !options.waitingForReviewBy || r.lastAuthorId !== options.waitingForReviewBy);
}

export type EditorListRow = Awaited<ReturnType<typeof getEditorList>>[number];
