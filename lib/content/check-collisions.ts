import type { Db } from '../db/client';
import { ruleDocuments } from '../detections/rule-documents';
import { SourceError } from '../errors';
import { positionOfMatch, START } from '../text/position';
import { isImported } from '../vocabulary';
import type { ValidatedDetection } from './validate-content';

/**
 * A content detection may not take over a row someone else wrote (an imported Sigma rule), by slug or by Sigma id:
 * the store would refuse the whole transaction, or worse, the rule's /rules/<id>.yml would start answering for
 * another detection. Checked before writing, so the report names the file and the line of the id.
 */
export async function findCollisions(db: Db, detections: ReadonlyArray<ValidatedDetection>): Promise<SourceError[]> {
  const errors: SourceError[] = [];
  const owner = new Map<string, string>();
  const claims: Array<{ d: ValidatedDetection; id: string }> = [];
  for (const d of detections) {
    for (const rule of ruleDocuments(d.source.document.sigma)) {
      const other = owner.get(rule.id);
      if (other && other !== d.source.slug) {
        errors.push(
          idError(d, rule.id, `id ${rule.id} is also the id of a rule in content/detections/${other}/rule.yml`),
        );
      }
      owner.set(rule.id, d.source.slug);
      claims.push({ d, id: rule.id });
    }
  }
  const slugs = detections.map((d) => d.source.slug);
  const ids = [...owner.keys()];
  const [rows, rules] = await Promise.all([
    db.detection.findMany({
      where: { OR: [{ slug: { in: slugs } }, { sigmaId: { in: ids } }] },
      select: { slug: true, sigmaId: true, source: true },
    }),
    db.detectionRule.findMany({
      where: { id: { in: ids } },
      select: { id: true, detection: { select: { slug: true, source: true } } },
    }),
  ]);
  for (const d of detections) {
    const bySlug = rows.find((r) => r.slug === d.source.slug);
    if (bySlug && isImported(bySlug.source)) {
      const message = `the slug "${d.source.slug}" belongs to a detection imported from ${bySlug.source}; rename this folder`;
      errors.push(new SourceError('SLUG_TAKEN', message, { file: `${d.source.dir}/detection.mdx`, line: 1 }));
    }
  }
  for (const { d, id } of claims) {
    const taken =
      rules.find((r) => r.id === id && r.detection.slug !== d.source.slug)?.detection ??
      rows.find((r) => r.sigmaId === id && r.slug !== d.source.slug);
    if (taken) {
      const message = `id ${id} is already the rule of /detections/${taken.slug} (${taken.source}); give this rule its own id`;
      errors.push(idError(d, id, message));
    }
  }
  return errors;
}

function idError(d: ValidatedDetection, id: string, message: string): SourceError {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = positionOfMatch(d.source.document.sigma, new RegExp(`^id\\s*:\\s*['"]?${escaped}`, 'im')) ?? START;
  return new SourceError('SIGMA_ID_TAKEN', message, d.source.locate(['sigma'], at.line, at.column));
}
