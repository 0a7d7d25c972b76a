import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

/** One SIEM and every published detection written for it. */
export async function getPlatformPage(db: Db, slug: string) {
  const platform = await db.platform.findUnique({ where: { slug } });
  if (!platform) return null;
  const variants = await db.detectionVariant.findMany({
    where: { platformSlug: slug, detection: { status: PUBLISHED } },
    include: {
      detection: {
        select: {
          slug: true,
          title: true,
          summary: true,
          severity: true,
          confidence: true,
          techniques: { select: { techniqueId: true } },
        },
      },
    },
    orderBy: { detection: { title: 'asc' } },
  });
  const platforms = await db.platform.findMany({ orderBy: { order: 'asc' } });
  return { platform, variants, platforms };
}
