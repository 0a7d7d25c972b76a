import type { Db } from '../db/client';
import { SourceError } from '../errors';
import { positionOfMatch, START } from '../text/position';
import type { ValidatedDetection } from './validate-content';

/**
 * A content detection may not take over a row someone else wrote (an imported Sigma rule, an editor's draft),
 * by slug or by Sigma id: the unique indexes would stop the transaction with a bare database error, or worse,
 * the rule's /rules/<id>.yml would start answering 404. Checked before writing, so the report names the file.
 */
export async function findCollisions(db: Db, detections: ReadonlyArray<ValidatedDetection>): Promise<SourceError[]> {
  const errors: SourceError[] = [];
  const ids = new Map<string, string>();
  for (const d of detections) {
    if (!d.sigmaId) continue;
    const other = ids.get(d.sigmaId);
    if (other) errors.push(idError(d, `id ${d.sigmaId} is also the id of content/detections/${other}/rule.yml`));
    ids.set(d.sigmaId, d.source.slug);
  }
  const rows = await db.detection.findMany({
    where: { OR: [{ slug: { in: detections.map((d) => d.source.slug) } }, { sigmaId: { in: [...ids.keys()] } }] },
    select: { slug: true, sigmaId: true, source: true },
  });
  for (const d of detections) {
    const bySlug = rows.find((r) => r.slug === d.source.slug);
    if (bySlug && bySlug.source !== 'content') {
      errors.push(
        new SourceError(
          'SLUG_TAKEN',
          `the slug "${d.source.slug}" belongs to a detection from ${bySlug.source}; rename this folder`,
          { file: `${d.source.dir}/detection.mdx`, line: 1 },
        ),
      );
    }
    const byId = d.sigmaId ? rows.find((r) => r.sigmaId === d.sigmaId && r.slug !== d.source.slug) : undefined;
    if (byId)
      errors.push(
        idError(
          d,
          `id ${d.sigmaId} is already the rule of /detections/${byId.slug} (${byId.source}); give this rule its own id`,
        ),
      );
  }
  return errors;
}

function idError(d: ValidatedDetection, message: string): SourceError {
  const at = positionOfMatch(d.source.sigmaYaml, /^id\s*:/m) ?? START;
  return new SourceError('SIGMA_ID_TAKEN', message, { file: d.source.sigmaFile, ...at });
}
