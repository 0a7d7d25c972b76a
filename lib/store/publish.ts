// Review outcomes on the rows: publishing a revision (the public page becomes it) and unpublishing a detection.
import { documentOfSnapshot } from '../detections/snapshot';
import { reindexDetections } from '../search/index/write';
import { DRAFT, isOneOf, PUBLISHED, REVISION_CHANNELS } from '../vocabulary';
import { publicChange, recordPublicChanges } from './public-changes';
import { StoreConflict, type Tx } from './types';
import { writeDetections } from './write';

export interface Approval {
  approvedById: string;
  /** An admin published their own change, and said so. */
  selfApproved: boolean;
}

/** Makes revision `number` (the detection's head) the public state, recording who approved it. */
export async function publishRevision(tx: Tx, detectionId: string, number: number, approval: Approval, now: Date) {
  const detection = await tx.detection.findUniqueOrThrow({ where: { id: detectionId } });
  if (number !== detection.headRevision) {
    throw new StoreConflict(
      'STALE_REVISION',
      `revision ${number} is no longer the newest (${detection.headRevision} is)`,
      detection.slug,
    );
  }
  const revision = await tx.revision.findUniqueOrThrow({ where: { detectionId_number: { detectionId, number } } });
  const [result] = await writeDetections(
    tx,
    [
      {
        document: documentOfSnapshot(revision.snapshot),
        source: detection.source,
        channel: isOneOf(REVISION_CHANNELS, revision.source) ? revision.source : 'editor',
        message: revision.message,
        authorId: revision.authorId,
        mode: 'publish',
        expect: { id: detectionId },
      },
    ],
    now,
  );
  await tx.revision.update({
    where: { id: revision.id },
    data: { approvedById: approval.approvedById, approvedAt: now, selfApproved: approval.selfApproved },
  });
  await tx.detection.update({
    where: { id: detectionId },
    data: { reviewState: 'none', submittedById: null, submittedAt: null, publishedAt: now },
  });
  return result;
}

/** Takes a detection down; if it was public, the change feeds say it was withdrawn. */
export async function unpublish(tx: Tx, detectionId: string, now = new Date()): Promise<void> {
  const before = await tx.detection.findUniqueOrThrow({
    where: { id: detectionId },
    select: { status: true, publishedRevision: true },
  });
  await tx.detection.update({
    where: { id: detectionId },
    data: { status: DRAFT, publishedRevision: null, publishedAt: null, reviewState: 'none' },
  });
  // Searches read the status from the index's key row.
  await reindexDetections(tx, [detectionId]);
  const change = publicChange(before, { status: DRAFT, publishedRevision: null });
  await recordPublicChanges(tx, change ? [{ detectionId, ...change, at: now }] : []);
}

export const isPublished = (status: string) => status === PUBLISHED;
