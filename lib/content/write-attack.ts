import type { Tactic, Technique } from '../attack/types';
import type { Prisma } from '../generated/sqlite/client';
import { reindexDetections } from '../search/index/write';

type Tx = Prisma.TransactionClient;

/**
 * Writes the ATT&CK catalog; rows already equal are left alone so a re-import writes nothing. The search index holds
 * each detection's technique names and tactics, so detections mapped to a changed technique (or under a changed
 * parent or tactic) are indexed again.
 */
export async function writeAttack(
  tx: Tx,
  tactics: ReadonlyArray<Tactic>,
  techniques: ReadonlyArray<Technique>,
): Promise<number> {
  let changed = 0;
  let tacticChanged = false;
  const changedTechniques: string[] = [];
  const haveTactics = new Map((await tx.tactic.findMany()).map((t) => [t.id, t]));
  for (const t of tactics) {
    const row = { id: t.id, shortname: t.shortname, name: t.name, url: t.url, order: t.order };
    const old = haveTactics.get(t.id);
    if (
      old &&
      old.shortname === row.shortname &&
      old.name === row.name &&
      old.url === row.url &&
      old.order === row.order
    )
      continue;
    await tx.tactic.upsert({ where: { id: t.id }, create: row, update: row });
    changed++;
    tacticChanged ||= old !== undefined;
  }

  const tacticIdByShort = new Map(tactics.map((t) => [t.shortname, t.id]));
  const have = new Map((await tx.technique.findMany({ include: { tactics: true } })).map((t) => [t.id, t]));
  // Parents sort before their sub-techniques (T1020 < T1020.001), so the parent row always exists first.
  for (const t of [...techniques].sort((a, b) => a.id.localeCompare(b.id))) {
    const tacticIds = t.tactics
      .map((s) => tacticIdByShort.get(s))
      .filter((id): id is string => Boolean(id))
      .sort();
    const row = { name: t.name, url: t.url, parentId: t.parent, revoked: t.revoked, deprecated: t.deprecated };
    const old = have.get(t.id);
    const oldTactics = old?.tactics.map((x) => x.tacticId).sort() ?? [];
    const same =
      old &&
      old.name === row.name &&
      old.url === row.url &&
      old.parentId === row.parentId &&
      old.revoked === row.revoked &&
      old.deprecated === row.deprecated &&
      oldTactics.join() === tacticIds.join();
    if (same) continue;
    await tx.technique.upsert({ where: { id: t.id }, create: { id: t.id, ...row }, update: row });
    await tx.techniqueTactic.deleteMany({ where: { techniqueId: t.id } });
    if (tacticIds.length)
      await tx.techniqueTactic.createMany({ data: tacticIds.map((tacticId) => ({ techniqueId: t.id, tacticId })) });
    changed++;
    if (old) changedTechniques.push(t.id);
  }
  if (tacticChanged || changedTechniques.length) {
    const mapped = await tx.detectionTechnique.findMany({
      where: tacticChanged
        ? {}
        : { OR: [{ techniqueId: { in: changedTechniques } }, { technique: { parentId: { in: changedTechniques } } }] },
      select: { detectionId: true },
      distinct: ['detectionId'],
    });
    await reindexDetections(
      tx,
      mapped.map((m) => m.detectionId),
    );
  }
  return changed;
}
