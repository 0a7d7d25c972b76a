import type { Db } from '../db/client';
import { PUBLISHED } from '../vocabulary';

/** A published detection's stored Sigma rule, found by slug or by the rule's own id. */
export async function getRuleFile(db: Db, name: string) {
  return db.detection.findFirst({
    where: { status: PUBLISHED, OR: [{ slug: name }, { sigmaId: name }] },
    select: { slug: true, sigmaYaml: true, sigmaSha256: true, updatedAt: true },
  });
}
