import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';
import { getPublishedVersion } from './published-version';

/** Everything the seed page (one detection on one SIEM) shows, or null when it isn't published. */
export async function getDetectionVariantPage(db: Db, slug: string, platform: string) {
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
      testCases: { orderBy: { order: 'asc' } },
      samples: { orderBy: { order: 'asc' } },
      relatedFrom: {
        orderBy: { order: 'asc' },
        include: {
          to: {
            select: {
              slug: true,
              title: true,
              summary: true,
              status: true,
              severity: true,
              techniques: { select: { techniqueId: true } },
              variants: { select: { platformSlug: true } },
            },
          },
        },
      },
    },
  });
  if (!detection) return null;
  const variant = detection.variants.find((v) => v.platformSlug === platform);
  if (!variant) return null;
  return { detection: { ...detection, publishedVersion: await getPublishedVersion(db, detection) }, variant };
}

export type DetectionVariantPage = NonNullable<Awaited<ReturnType<typeof getDetectionVariantPage>>>;
