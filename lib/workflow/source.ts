// The complete editable document of a detection, as the write API and the editor read it: editors see the newest
// working copy (drafts and pending changes included); everyone else sees what is published, or nothing.
import { type Actor, canEdit } from '../auth/roles';
import type { Db } from '../db/client';
import type { DetectionDocument } from '../detections/document';
import { documentOfSnapshot } from '../detections/snapshot';
import { isImported, PUBLISHED } from '../vocabulary';
import { WorkflowError } from './errors';
import { sourceEtag } from './etag';

export interface DetectionSourceView {
  document: DetectionDocument;
  meta: {
    slug: string;
    status: string;
    source: string;
    /** Whether the editor and the write API may change it (imported collections are read-only here). */
    editable: boolean;
    /** The revision this document is. */
    revision: number;
    headRevision: number;
    publishedRevision: number | null;
    reviewState: string;
    submittedBy: string | null;
    submittedAt: string | null;
    updatedAt: string;
  };
  etag: string;
}

export async function readSource(db: Db, slug: string, actor: Actor | null): Promise<DetectionSourceView> {
  const d = await db.detection.findUnique({ where: { slug }, include: { submittedBy: { select: { email: true } } } });
  const editor = canEdit(actor);
  if (!d || (!editor && d.status !== PUBLISHED)) throw new WorkflowError('NOT_FOUND', `no detection ${slug}`);
  const number = editor ? d.headRevision : (d.publishedRevision ?? d.headRevision);
  const revision = await db.revision.findUnique({ where: { detectionId_number: { detectionId: d.id, number } } });
  if (!revision) throw new WorkflowError('NOT_FOUND', `detection ${slug} has no revision ${number}`);
  return {
    document: documentOfSnapshot(revision.snapshot),
    meta: {
      slug: d.slug,
      status: d.status,
      source: d.source,
      editable: !isImported(d.source),
      revision: number,
      headRevision: d.headRevision,
      publishedRevision: d.publishedRevision,
      reviewState: d.reviewState,
      submittedBy: editor ? (d.submittedBy?.email ?? null) : null,
      submittedAt: editor ? (d.submittedAt?.toISOString() ?? null) : null,
      updatedAt: d.updatedAt.toISOString(),
    },
    etag: sourceEtag(d.id, number),
  };
}
