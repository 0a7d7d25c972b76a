import type { Db } from '../db/client';
import type { StoredRule } from '../rules/rule-response';
import { PUBLISHED } from '../vocabulary';

/**
 * A published detection's Sigma file by slug (every rule of it, as stored), or one rule by its own id (that rule's
 * document alone, valid on its own). Rows written before rules were stored one by one answer by id with the file.
 */
export async function getRuleFile(db: Db, name: string): Promise<StoredRule | null> {
  const bySlug = await db.detection.findFirst({
    where: { status: PUBLISHED, slug: name },
    select: { slug: true, sigmaYaml: true, sigmaSha256: true, updatedAt: true },
  });
  if (bySlug)
    return { fileName: bySlug.slug, yaml: bySlug.sigmaYaml, sha256: bySlug.sigmaSha256, updatedAt: bySlug.updatedAt };
  const rule = await db.detectionRule.findFirst({
    where: { id: name, detection: { status: PUBLISHED } },
    select: { id: true, yaml: true, sha256: true, detection: { select: { updatedAt: true } } },
  });
  if (rule) return { fileName: rule.id, yaml: rule.yaml, sha256: rule.sha256, updatedAt: rule.detection.updatedAt };
  const legacy = await db.detection.findFirst({
    where: { status: PUBLISHED, sigmaId: name },
    select: { sigmaYaml: true, sigmaSha256: true, updatedAt: true },
  });
  return legacy
    ? { fileName: name, yaml: legacy.sigmaYaml, sha256: legacy.sigmaSha256, updatedAt: legacy.updatedAt }
    : null;
}
