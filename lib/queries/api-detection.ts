import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

const byOrder = { orderBy: { order: 'asc' } } as const;

/** A published detection as the JSON API gives it: mapping, every SIEM query with its data sources, the test plan. */
export async function getApiDetection(db: Db, slug: string) {
  return db.detection.findFirst({
    where: { slug, status: PUBLISHED },
    select: {
      slug: true,
      title: true,
      summary: true,
      severity: true,
      confidence: true,
      source: true,
      proof: true,
      sigmaId: true,
      falsePositives: true,
      publishedAt: true,
      updatedAt: true,
      techniques: {
        orderBy: { techniqueId: 'asc' },
        select: {
          technique: {
            select: {
              id: true,
              name: true,
              url: true,
              parent: { select: { id: true, name: true } },
              tactics: { select: { tactic: { select: { shortname: true } } }, orderBy: { tactic: { order: 'asc' } } },
            },
          },
        },
      },
      variants: {
        orderBy: { platform: { order: 'asc' } },
        select: {
          platformSlug: true,
          query: true,
          tables: true,
          platform: { select: { name: true, language: true } },
          dataSources: { ...byOrder, select: { connector: true, dataSource: { select: { name: true } } } },
        },
      },
      testCases: {
        ...byOrder,
        select: {
          key: true,
          name: true,
          environment: true,
          behaviour: true,
          logSource: true,
          eventNames: true,
          fields: true,
          signal: true,
          atomicRef: true,
        },
      },
    },
  });
}

export type ApiDetection = NonNullable<Awaited<ReturnType<typeof getApiDetection>>>;
