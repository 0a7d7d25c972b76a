import type { Prisma } from '../generated/sqlite/client';
import { SIGMA_IMPORT_SOURCE } from './catalog-state';
import type { PlannedWrite } from './plan';
import { detectionRow, importSnapshot } from './snapshot';

type Tx = Prisma.TransactionClient;

/**
 * Writes planned rules inside one transaction, in a fixed number of statements per batch (plus one update per
 * changed rule): new detections in one insert, their technique links and revisions in one insert each.
 */
export async function writeBatch(tx: Tx, writes: readonly PlannedWrite[], now: Date): Promise<void> {
  const creates = writes.filter((w) => w.action === 'create');
  const updates = writes.filter((w) => w.action === 'update');
  const idOf = new Map<PlannedWrite, string>();

  if (creates.length) {
    const rows = await tx.detection.createManyAndReturn({
      data: creates.map((w) => detectionRow(w, now)),
      select: { id: true, slug: true },
    });
    const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
    for (const w of creates) idOf.set(w, bySlug.get(w.slug) ?? missing(w));
  }
  for (const w of updates) {
    const id = w.existing?.id ?? missing(w);
    // Variants, tests, samples and the prose sections are ours, not the rule's: an update leaves them alone.
    await tx.detection.update({ where: { id }, data: detectionRow(w, w.existing?.publishedAt ?? now) });
    idOf.set(w, id);
  }

  const updatedIds = updates.map((w) => idOf.get(w) ?? missing(w));
  const lastNumber = new Map<string, number>();
  if (updatedIds.length) {
    await tx.detectionTechnique.deleteMany({ where: { detectionId: { in: updatedIds } } });
    const last = await tx.revision.groupBy({
      by: ['detectionId'],
      where: { detectionId: { in: updatedIds } },
      _max: { number: true },
    });
    for (const row of last) lastNumber.set(row.detectionId, row._max.number ?? 0);
  }
  const links = writes.flatMap((w) =>
    w.techniques.map((techniqueId) => ({ detectionId: idOf.get(w) ?? missing(w), techniqueId })),
  );
  if (links.length) await tx.detectionTechnique.createMany({ data: links });
  await tx.revision.createMany({
    data: writes.map((w) => {
      const detectionId = idOf.get(w) ?? missing(w);
      return {
        detectionId,
        number: (lastNumber.get(detectionId) ?? 0) + 1,
        source: SIGMA_IMPORT_SOURCE,
        message: `${w.action === 'create' ? 'Imported' : 'Updated'} from Sigma rule ${w.file}`,
        snapshot: importSnapshot(w) as Prisma.InputJsonValue,
        createdAt: now,
      };
    }),
  });
}

function missing(w: PlannedWrite): never {
  throw new Error(`no detection row for ${w.file} (slug ${w.slug}) after writing it`);
}
