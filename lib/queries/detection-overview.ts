import type { Db } from '../db/client';
import { shownPlatforms } from '../detections/shown-platforms';
import { PUBLISHED } from '../vocabulary';
import { getPublishedVersion } from './published-version';

/** A published detection with its SIEM variants, for /detections/<slug> and the portable-rule page. */
export async function getDetectionOverview(db: Db, slug: string) {
  const [detection, platforms] = await Promise.all([findOverview(db, slug), db.platform.findMany()]);
  if (!detection) return null;
  return {
    ...detection,
    platforms: shownPlatforms(detection.variants, detection.conversions, platforms),
    publishedVersion: await getPublishedVersion(db, detection),
  };
}

function findOverview(db: Db, slug: string) {
  return db.detection.findFirst({
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
      conversions: { select: { platformSlug: true, query: true, dataSources: true } },
      samples: { orderBy: { order: 'asc' } },
      testCases: { orderBy: { order: 'asc' }, select: { key: true } },
    },
  });
}

export type DetectionOverview = NonNullable<Awaited<ReturnType<typeof getDetectionOverview>>>;
