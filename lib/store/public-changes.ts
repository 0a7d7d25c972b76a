// The public history of detections (the PublicChange table): what a visitor could see change, for the change feeds.
import { PUBLISHED } from '../vocabulary';
import type { Tx } from './types';

export const PUBLIC_CHANGE_KINDS = ['added', 'changed', 'withdrawn'] as const;
export type PublicChangeKind = (typeof PUBLIC_CHANGE_KINDS)[number];

export interface PublicState {
  status: string;
  publishedRevision: number | null;
}

/** The revision the public sees, or null when the detection is not public. */
const publicRevision = (s: PublicState | undefined) =>
  s?.status === PUBLISHED && s.publishedRevision !== null ? s.publishedRevision : null;

/** What a change from `before` (absent: a new detection) to `after` looks like from outside, if anything. */
export function publicChange(
  before: PublicState | undefined,
  after: PublicState,
): { kind: PublicChangeKind; revision: number } | null {
  const was = publicRevision(before);
  const is = publicRevision(after);
  if (was === null && is !== null) return { kind: 'added', revision: is };
  if (was !== null && is === null) return { kind: 'withdrawn', revision: was };
  if (was !== null && is !== null && was !== is) return { kind: 'changed', revision: is };
  return null;
}

export interface PublicChangeRow {
  detectionId: string;
  kind: PublicChangeKind;
  revision: number;
  at: Date;
}

export async function recordPublicChanges(tx: Tx, rows: readonly PublicChangeRow[]): Promise<void> {
  if (rows.length) await tx.publicChange.createMany({ data: [...rows] });
}
