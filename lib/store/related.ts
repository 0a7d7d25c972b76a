import type { RowsToWrite } from './children';
import type { Tx } from './types';

/** Related links by slug, resolved after the batch's rows exist, so a link may point either way within it. */
export async function writeRelated(tx: Tx, items: readonly RowsToWrite[]): Promise<void> {
  const wanted = items.filter((i) => i.write.document.related.length > 0);
  const ids = items.map((i) => i.detectionId);
  if (ids.length) await tx.relatedDetection.deleteMany({ where: { fromId: { in: ids } } });
  if (wanted.length === 0) return;
  const slugs = [...new Set(wanted.flatMap((i) => i.write.document.related))];
  const targets = await tx.detection.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = new Map(targets.map((t) => [t.slug, t.id]));
  const links = wanted.flatMap((i) =>
    i.write.document.related.flatMap((slug, order) => {
      const toId = idOf.get(slug);
      return toId ? [{ fromId: i.detectionId, toId, order }] : [];
    }),
  );
  if (links.length) await tx.relatedDetection.createMany({ data: links });
}
