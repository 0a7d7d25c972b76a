import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';
import { getPublishedVersion } from './published-version';

/** A published detection with its SIEM variants, for /detections/<slug> and the portable-rule page. */
export async function getDetectionOverview(db: Db, slug: string) {
  const detection = await db.detection.findFirst({
    where: { slug, status: PUBLISHED },
    include: {
      techniques: {
        include: {
          technique: {
            include: { parent: true, tactics: { include: { tactic: true }, orderBy: { tactic: { order: 'asc' } } } },
          },
        },
      },
      variants: {
        include: { platform: true, dataSources: { include: { dataSource: true }, orderBy: { order: 'asc' } } },
        orderBy: { platform: { order: 'asc' } },
      },
      samples: { orderBy: { order: 'asc' } },
      testCases: { orderBy: { order: 'asc' }, select: { key: true } },
    },
  });
  return detection && { ...detection, publishedVersion: await getPublishedVersion(db, detection) };
}

export type DetectionOverview = NonNullable<Awaited<ReturnType<typeof getDetectionOverview>>>;
