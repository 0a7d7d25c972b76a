import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

/** The front page: counts, the newest changes, and the platforms. */
export async function getHome(db: Db) {
  const published = { status: PUBLISHED } as const;
  const [detections, variants, techniquesCovered, platforms, recent, samples] = await Promise.all([
    db.detection.count({ where: published }),
    db.detectionVariant.count({ where: { detection: published } }),
    db.detectionTechnique.groupBy({ by: ['techniqueId'], where: { detection: published } }),
    db.platform.findMany({
      orderBy: { order: 'asc' },
      include: { _count: { select: { variants: { where: { detection: published } } } } },
    }),
    db.detection.findMany({
      where: published,
      orderBy: { updatedAt: 'desc' },
      take: 8,
      select: {
        slug: true,
        title: true,
        summary: true,
        severity: true,
        updatedAt: true,
        techniques: { select: { techniqueId: true } },
        variants: { select: { platformSlug: true } },
      },
    }),
    db.sampleEvent.count({ where: { detection: published } }),
  ]);
  return { detections, variants, techniquesCovered: techniquesCovered.length, platforms, recent, samples };
}
