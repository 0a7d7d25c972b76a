import type { Db } from '../db/client';
import { shownPlatforms } from '../detections/shown-platforms';
import type { ConvertFinding } from '../sigma/convert';
import { PUBLISHED } from '../vocabulary';
import { getPublishedVersion } from './published-version';

/** A SIEM page built from the converter's stored output: one query (or the reason there is none) per Sigma rule. */
export interface ConvertedQueries {
  converterVersion: string;
  rules: Array<{
    ruleIndex: number;
    ruleId: string | null;
    ruleTitle: string | null;
    query: string | null;
    findings: ConvertFinding[];
    dataSources: string[];
    tables: string[];
  }>;
}

const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/**
 * Everything the seed page (one detection on one SIEM) shows, or null when it isn't published or has no page for
 * that SIEM. `variant` is the query a person wrote; without one, `converted` holds the converter's.
 */
export async function getDetectionVariantPage(db: Db, slug: string, platform: string) {
  const [detection, platforms] = await Promise.all([findVariantPage(db, slug), db.platform.findMany()]);
  if (!detection) return null;
  const shown = shownPlatforms(detection.variants, detection.conversions, platforms);
  const info = platforms.find((p) => p.slug === platform);
  const variant = detection.variants.find((v) => v.platformSlug === platform) ?? null;
  const mine = detection.conversions.filter((c) => c.platformSlug === platform);
  if (!info || (!variant && mine.length === 0)) return null;
  const converted: ConvertedQueries | null = variant
    ? null
    : {
        converterVersion: mine[0]?.converterVersion ?? '',
        rules: mine
          .sort((a, b) => a.ruleIndex - b.ruleIndex)
          .map((c) => ({
            ruleIndex: c.ruleIndex,
            ruleId: c.ruleId,
            ruleTitle: c.ruleTitle,
            query: c.query,
            findings: (Array.isArray(c.findings) ? c.findings : []) as unknown as ConvertFinding[],
            dataSources: strings(c.dataSources),
            tables: strings(c.tables),
          })),
      };
  const publishedVersion = await getPublishedVersion(db, detection);
  return { detection: { ...detection, publishedVersion }, platform: info, platforms: shown, variant, converted };
}

function findVariantPage(db: Db, slug: string) {
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
      conversions: true,
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
}

export type DetectionVariantPage = NonNullable<Awaited<ReturnType<typeof getDetectionVariantPage>>>;
