import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

/** Every SIEM in display order, with how many published detections have a query for it. */
export async function listPlatforms(db: Db) {
  return db.platform.findMany({
    orderBy: { order: 'asc' },
    select: {
      slug: true,
      name: true,
      shortName: true,
      vendor: true,
      language: true,
      _count: { select: { variants: { where: { detection: { status: PUBLISHED } } } } },
    },
  });
}

export type PlatformListItem = Awaited<ReturnType<typeof listPlatforms>>[number];
