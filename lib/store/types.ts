import type { DetectionDocument } from '../detections/document';
import type { ProofSummary } from '../detections/proof';
import type { RuleDocument } from '../detections/rule-documents';
import type { Prisma } from '../generated/sqlite/client';
import type { DetectionSource, RevisionChannel } from '../vocabulary';

export type Tx = Prisma.TransactionClient;

/**
 * What a write does to the public rows:
 * - `publish`: the rows become this document, published (an import of published content, an approval);
 * - `draft`: the rows become this document, as a draft (content marked draft; nothing of it is public);
 * - `revise`: a new working copy; the rows follow it only while the detection has never been published, so an
 *   editor's change to a public detection waits for review while the public page stays as approved.
 */
export type WriteMode = 'publish' | 'draft' | 'revise';

export interface StoreWrite {
  document: DetectionDocument;
  source: DetectionSource;
  channel: RevisionChannel;
  message: string;
  authorId?: string | null;
  mode: WriteMode;
  /**
   * What the writer believes is there: `new` (a detection with this slug must not exist yet), or the id of the
   * detection it read. A different reality is a StoreConflict, never an overwrite. Absent: create or update by slug.
   */
  expect?: 'new' | { id: string };
  /** Already computed by validation, to spare the store computing them again. */
  proof?: ProofSummary;
  rules?: RuleDocument[];
}

/** created/updated: the rows changed; revised: only a new revision (a pending change); unchanged: nothing at all. */
export type WriteOutcome = 'created' | 'updated' | 'revised' | 'unchanged';

export interface WriteResult {
  slug: string;
  id: string;
  outcome: WriteOutcome;
  /** The detection's newest revision after the write. */
  revision: number;
}

/** A write the catalog cannot take as it stands (a rule id that belongs to another detection). */
export class StoreConflict extends Error {
  override name = 'StoreConflict';
  constructor(
    readonly code: string,
    message: string,
    readonly slug: string,
  ) {
    super(message);
  }
}
