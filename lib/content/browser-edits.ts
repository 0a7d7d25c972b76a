import type { Db } from '../db/client';
import type { RevisionChannel } from '../vocabulary';

const CONTENT_IMPORT: RevisionChannel = 'content-import';

/**
 * Detections whose newest revision was not written by the content import: changed in the browser (or the API) since
 * content/ was last imported, or created there. The import leaves them alone unless forced, so git never silently
 * overwrites an editor's work; `npm run content:export` brings the edits into content/ for review.
 */
export async function editedOutsideContent(db: Db, slugs: readonly string[]): Promise<Map<string, RevisionChannel>> {
  const rows = await db.detection.findMany({
    where: { slug: { in: [...slugs] } },
    select: { id: true, slug: true, headRevision: true },
  });
  const heads = rows.length
    ? await db.revision.findMany({
        where: { OR: rows.map((r) => ({ detectionId: r.id, number: r.headRevision })) },
        select: { detectionId: true, source: true },
      })
    : [];
  const slugOf = new Map(rows.map((r) => [r.id, r.slug]));
  return new Map(
    heads
      .filter((h) => h.source !== CONTENT_IMPORT)
      .map((h) => [slugOf.get(h.detectionId) ?? '', h.source as RevisionChannel]),
  );
}
