// What the editor's pickers offer: active ATT&CK techniques (with their parent's name, so "Traffic Duplication" is
// found as "Automated Exfiltration: Traffic Duplication" too), the SIEMs, and our own detections one may relate to (imported collections relate among themselves).
import { type AttackCatalog, loadAttackCatalog } from '../attack/catalog';
import type { Db } from '../db/client';
import type { TechniqueOption } from '../editor/technique-search';
import { OWN_SOURCE, PORTABLE_SLUG } from '../vocabulary';

export function techniqueOptions(catalog: AttackCatalog = loadAttackCatalog()): TechniqueOption[] {
  return catalog.techniques
    .filter((t) => !t.revoked && !t.deprecated)
    .map((t) => {
      const parentName = t.parent ? catalog.byId.get(t.parent)?.name : undefined;
      return { id: t.id, name: t.name, ...(parentName ? { parentName } : {}) };
    });
}

export async function editorOptions(db: Db) {
  const [platforms, detections] = await Promise.all([
    db.platform.findMany({
      where: { slug: { not: PORTABLE_SLUG } },
      orderBy: { order: 'asc' },
      select: { slug: true, name: true, language: true },
    }),
    db.detection.findMany({
      where: { source: OWN_SOURCE },
      orderBy: { title: 'asc' },
      select: { slug: true, title: true },
      take: 5000,
    }),
  ]);
  return { techniques: techniqueOptions(), platforms, detections };
}
