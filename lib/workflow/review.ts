// The review of a change: an editor submits the newest revision; a reviewer or admin who did not write it approves,
// which publishes it; an admin may publish their own change only by saying so, and the revision records that.
import { audit } from '../auth/audit';
import { type Actor, canApprove, canSelfApprove, canUnpublish } from '../auth/roles';
import { forgetProcessAnswers } from '../cache/process-generation';
import type { Db } from '../db/client';
import { documentOfSnapshot } from '../detections/snapshot';
import { publishRevision, StoreConflict, unpublish as unpublishRows } from '../store';
import { PUBLISHED } from '../vocabulary';
import { WorkflowError } from './errors';
import { sourceEtag } from './etag';
import { editableDetection, mustEdit, type Saved, validated, write } from './save';

export async function submitForReview(db: Db, actor: Actor | null, slug: string): Promise<{ revision: number }> {
  const editor = mustEdit(actor);
  const d = await editableDetection(db, slug);
  if (d.publishedRevision === d.headRevision && d.status === PUBLISHED) {
    throw new WorkflowError(
      'CONFLICT',
      `nothing to review: revision ${d.headRevision} of ${slug} is the one published`,
    );
  }
  await db.detection.update({
    where: { id: d.id },
    data: { reviewState: 'submitted', submittedById: editor.userId, submittedAt: new Date() },
  });
  await audit(db, { action: 'detection-submitted', actor: editor, target: slug, detail: { revision: d.headRevision } });
  return { revision: d.headRevision };
}

export interface ApproveOptions {
  /** An admin publishing their own change must say so. */
  selfApprove?: boolean;
  /**
   * The ETag of the revision the reviewer looked at (If-Match), required: without it, a change saved and submitted
   * again while they read would be the one published, unseen. `*` names no revision, so it is refused too.
   */
  ifMatch: string | null;
}

/** The entity tags an If-Match header names, `*` left out: it matches whatever revision is current. */
function namedTags(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag && tag !== '*');
}

export async function approveAndPublish(db: Db, actor: Actor | null, slug: string, options: ApproveOptions) {
  const reviewer = mustEdit(actor);
  const d = await editableDetection(db, slug);
  if (d.reviewState !== 'submitted') {
    throw new WorkflowError('CONFLICT', `${slug} is not waiting for review: submit it first`);
  }
  const etag = sourceEtag(d.id, d.headRevision);
  const named = namedTags(options.ifMatch);
  // The current ETag is not offered here, unlike a save's 428: a client that only retried with it would publish
  // what nobody reviewed. It comes with the source the reviewer reads.
  if (!named.length) {
    throw new WorkflowError(
      'PRECONDITION_REQUIRED',
      `send If-Match with the ETag of the revision of ${slug} you reviewed (its source's ETag; * names no revision): approving publishes exactly that revision`,
    );
  }
  // One tag: a list of every revision number would match whatever the head is, and publish unread.
  if (named.length > 1) {
    throw new WorkflowError(
      'PRECONDITION_FAILED',
      `send If-Match with the one ETag of the revision of ${slug} you reviewed, not a list of ${named.length}`,
      { etag },
    );
  }
  if (named[0] !== etag) {
    throw new WorkflowError(
      'PRECONDITION_FAILED',
      `${slug} changed after you opened it (now revision ${d.headRevision}): review the newest change, then approve it`,
      { etag },
    );
  }
  const head = await db.revision.findUniqueOrThrow({
    where: { detectionId_number: { detectionId: d.id, number: d.headRevision } },
    select: { authorId: true },
  });
  let selfApproved = false;
  if (!canApprove(reviewer, head.authorId)) {
    if (reviewer.userId === head.authorId && canSelfApprove(reviewer) && options.selfApprove) selfApproved = true;
    else if (reviewer.userId === head.authorId) {
      const how = canSelfApprove(reviewer) ? ' (an admin may, by saying so: selfApprove)' : '';
      throw new WorkflowError('FORBIDDEN', `you wrote this change: another reviewer must approve it${how}`);
    } else throw new WorkflowError('FORBIDDEN', 'reviewers and admins approve changes; your role is editor');
  }
  try {
    await db.$transaction((tx) =>
      publishRevision(tx, d.id, d.headRevision, { approvedById: reviewer.userId, selfApproved }, new Date()),
    );
  } catch (error) {
    if (error instanceof StoreConflict) throw new WorkflowError('CONFLICT', error.message);
    throw error;
  }
  await audit(db, {
    action: 'detection-approved',
    actor: reviewer,
    target: slug,
    detail: { revision: d.headRevision, selfApproved },
  });
  // Last, after every await: the caller's revalidatePath runs before this process reads another request.
  forgetProcessAnswers();
  return { revision: d.headRevision, selfApproved, etag };
}

export async function unpublishDetection(db: Db, actor: Actor | null, slug: string): Promise<void> {
  const who = mustEdit(actor);
  if (!canUnpublish(who)) throw new WorkflowError('FORBIDDEN', 'reviewers and admins unpublish detections');
  const d = await editableDetection(db, slug);
  if (d.status !== PUBLISHED) throw new WorkflowError('CONFLICT', `${slug} is not published`);
  await db.$transaction((tx) => unpublishRows(tx, d.id));
  await audit(db, { action: 'detection-unpublished', actor: who, target: slug });
  forgetProcessAnswers();
}

/** A restore is a new revision holding an old one's document, so history only ever grows. */
export async function restoreRevision(db: Db, actor: Actor | null, slug: string, number: number): Promise<Saved> {
  const editor = mustEdit(actor);
  const d = await editableDetection(db, slug);
  const old = await db.revision.findUnique({ where: { detectionId_number: { detectionId: d.id, number } } });
  if (!old) throw new WorkflowError('NOT_FOUND', `${slug} has no revision ${number}`);
  const doc = await validated(db, documentOfSnapshot(old.snapshot));
  return write(
    db,
    editor,
    doc,
    `Restored revision ${number}`,
    { expect: { id: d.id }, head: d.headRevision },
    'detection-restored',
  );
}
