import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

/** The ATT&CK matrix: tactics in order, each with its active techniques and how many published detections cover each. */
export async function getMatrix(db: Db) {
  const [tactics, techniques, covered] = await Promise.all([
    db.tactic.findMany({ orderBy: { order: 'asc' } }),
    db.technique.findMany({
      where: { revoked: false, deprecated: false },
      select: { id: true, name: true, parentId: true, tactics: { select: { tacticId: true } } },
      orderBy: { id: 'asc' },
    }),
    db.detectionTechnique.groupBy({
      by: ['techniqueId'],
      where: { detection: { status: PUBLISHED } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(covered.map((c) => [c.techniqueId, c._count._all]));
  return { tactics, techniques, counts };
}

export type Matrix = Awaited<ReturnType<typeof getMatrix>>;
