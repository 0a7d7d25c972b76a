import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

const detectionCard = {
  where: { detection: { status: PUBLISHED } },
  include: {
    detection: {
      select: {
        slug: true,
        title: true,
        summary: true,
        severity: true,
        confidence: true,
        variants: { select: { platformSlug: true } },
        testCases: { select: { key: true, name: true, environment: true }, orderBy: { order: 'asc' } },
      },
    },
  },
} as const;

/** A technique with its tactics, parent, sub-techniques and the published detections of each. */
export async function getTechniquePage(db: Db, id: string) {
  return db.technique.findUnique({
    where: { id },
    include: {
      parent: true,
      tactics: { include: { tactic: true }, orderBy: { tactic: { order: 'asc' } } },
      detections: detectionCard,
      subs: {
        orderBy: { id: 'asc' },
        where: { revoked: false, deprecated: false },
        include: { detections: detectionCard },
      },
    },
  });
}

export type TechniquePage = NonNullable<Awaited<ReturnType<typeof getTechniquePage>>>;
