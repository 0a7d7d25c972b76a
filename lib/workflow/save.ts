// Writing a detection from the editor or the write API: every save is validated like content/ is, checked against
// the ETag the writer read (no lost update), and stored as a new revision through the detection store.
import type { AuditAction } from '../auth/audit';
import { audit } from '../auth/audit';
import { type Actor, canEdit } from '../auth/roles';
import type { Db } from '../db/client';
import type { DetectionDocument } from '../detections/document';
import { documentFinding, hasErrors } from '../detections/findings';
import { parseDocument } from '../detections/validate-document';
import { StoreConflict, writeDetections } from '../store';
import { utf8Length } from '../text/utf8';
import { isImported, OWN_SOURCE, type RevisionChannel } from '../vocabulary';
import { documentContext } from './context';
import { WorkflowError } from './errors';
import { ifMatchHolds, sourceEtag } from './etag';

export interface Saved {
  slug: string;
  revision: number;
  etag: string;
  outcome: 'created' | 'updated' | 'revised' | 'unchanged';
}

const channelOf = (actor: Actor): RevisionChannel => (actor.via === 'token' ? 'api' : 'editor');

/** A new detection, as a draft of revision 1. */
export async function createDetection(db: Db, actor: Actor | null, input: unknown, message = ''): Promise<Saved> {
  const editor = mustEdit(actor);
  const doc = await validated(db, input);
  if (await db.detection.findUnique({ where: { slug: doc.slug }, select: { id: true } })) {
    throw new WorkflowError('CONFLICT', `a detection with the slug ${doc.slug} already exists`);
  }
  return write(db, editor, doc, message || 'Created', { expect: 'new' }, 'detection-created');
}

/** A new revision of an existing detection, if `ifMatch` names the working copy the writer started from. */
export async function saveDetection(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: unknown,
  ifMatch: string | null,
  message = '',
): Promise<Saved> {
  const editor = mustEdit(actor);
  const current = await editableDetection(db, slug);
  const etag = sourceEtag(current.id, current.headRevision);
  if (!ifMatch) {
    throw new WorkflowError('PRECONDITION_REQUIRED', 'send If-Match with the ETag of the version you edited', { etag });
  }
  if (!ifMatchHolds(ifMatch, etag)) {
    throw new WorkflowError(
      'PRECONDITION_FAILED',
      `someone saved ${slug} after you opened it (now revision ${current.headRevision}): your text is kept; compare, then save again`,
      { etag },
    );
  }
  const doc = await validated(db, input);
  if (doc.slug !== slug) {
    throw new WorkflowError('INVALID', `the document's slug is ${doc.slug}, but this is ${slug}: a slug cannot change`);
  }
  return write(
    db,
    editor,
    doc,
    message || 'Saved',
    { expect: { id: current.id }, head: current.headRevision },
    'detection-saved',
  );
}

export async function editableDetection(db: Db, slug: string) {
  const d = await db.detection.findUnique({ where: { slug } });
  if (!d) throw new WorkflowError('NOT_FOUND', `no detection ${slug}`);
  if (isImported(d.source)) {
    throw new WorkflowError(
      'READ_ONLY',
      `${slug} is imported from ${d.source}: change it in that collection and import again`,
    );
  }
  return d;
}

export function mustEdit(actor: Actor | null): Actor {
  if (!actor) throw new WorkflowError('UNAUTHENTICATED', 'sign in, or send a personal API token');
  if (!canEdit(actor)) throw new WorkflowError('FORBIDDEN', 'your role cannot edit detections');
  return actor;
}

/** A rule typed or uploaded in the browser or sent to the API; files on disk (content/, imports) allow 1 MiB. */
export const MAX_WEB_RULE_BYTES = 256 * 1024;

export async function validated(db: Db, input: unknown): Promise<DetectionDocument> {
  const maybe = (input && typeof input === 'object' ? input : {}) as Partial<DetectionDocument>;
  if (typeof maybe.sigma === 'string' && utf8Length(maybe.sigma, MAX_WEB_RULE_BYTES) > MAX_WEB_RULE_BYTES) {
    const message = `the Sigma rule is larger than ${MAX_WEB_RULE_BYTES / 1024} KiB`;
    throw new WorkflowError('INVALID', message, { findings: [documentFinding('SIZE_LIMIT', ['sigma'], message)] });
  }
  const check = parseDocument(input, await documentContext(db, maybe));
  if (!check.document || hasErrors(check.findings)) {
    throw new WorkflowError('INVALID', 'the detection has problems: see findings', { findings: check.findings });
  }
  return check.document;
}

export async function write(
  db: Db,
  actor: Actor,
  doc: DetectionDocument,
  message: string,
  guard: { expect: 'new' | { id: string }; head?: number },
  action: AuditAction,
): Promise<Saved> {
  try {
    const result = await db.$transaction(async (tx) => {
      if (guard.head !== undefined && guard.expect !== 'new') {
        // Checked again inside the transaction: a save that landed since the If-Match check wins, this one fails.
        const now = await tx.detection.findUnique({ where: { id: guard.expect.id }, select: { headRevision: true } });
        if (now?.headRevision !== guard.head) throw new StoreConflict('STALE', 'saved in between', doc.slug);
      }
      const [r] = await writeDetections(
        tx,
        [
          {
            document: doc,
            source: OWN_SOURCE,
            channel: channelOf(actor),
            message: message.slice(0, 500),
            authorId: actor.userId,
            mode: 'revise',
            expect: guard.expect,
          },
        ],
        new Date(),
      );
      if (!r) throw new Error('the store wrote nothing');
      // A change after a submission is not what was submitted: it must be submitted again.
      if (r.outcome !== 'unchanged') {
        await tx.detection.update({
          where: { id: r.id },
          data: { reviewState: 'none', submittedById: null, submittedAt: null },
        });
        await audit(tx, {
          action,
          actor,
          target: doc.slug,
          detail: { revision: r.revision, message: message.slice(0, 500) },
        });
      }
      return r;
    });
    return {
      slug: result.slug,
      revision: result.revision,
      etag: sourceEtag(result.id, result.revision),
      outcome: result.outcome,
    };
  } catch (error) {
    throw asWorkflowError(error, doc.slug);
  }
}

/** The store's conflicts, and two saves racing for the same revision number, are the writer's 409 or 412. */
function asWorkflowError(error: unknown, slug: string): unknown {
  if (error instanceof StoreConflict) {
    if (error.code === 'STALE' || error.code === 'DETECTION_CHANGED') {
      return new WorkflowError(
        'PRECONDITION_FAILED',
        `someone saved ${slug} at the same moment: compare, then save again`,
      );
    }
    return new WorkflowError('CONFLICT', error.message);
  }
  if ((error as { code?: unknown }).code === 'P2002') {
    return new WorkflowError(
      'PRECONDITION_FAILED',
      `someone saved ${slug} at the same moment: compare, then save again`,
    );
  }
  return error;
}
