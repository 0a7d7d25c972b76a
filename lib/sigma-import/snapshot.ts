import { SIGMA_IMPORT_SOURCE } from './catalog-state';
import type { PlannedWrite } from './plan';

/** The Detection row an imported rule becomes; the revision snapshot is built from it, so the two cannot drift. */
export function detectionRow(w: PlannedWrite, publishedAt: Date) {
  const f = w.fields;
  return {
    slug: w.slug,
    sigmaId: f.sigmaId,
    title: f.title,
    summary: f.summary,
    severity: f.severity,
    confidence: f.confidence,
    status: 'published',
    overviewMdx: f.overviewMdx,
    falsePositives: f.falsePositives,
    sigmaYaml: f.sigmaYaml,
    sigmaSha256: f.sigmaSha256,
    source: SIGMA_IMPORT_SOURCE,
    contentHash: f.contentHash,
    publishedAt,
  };
}

/** The imported detection as it stood after this write, kept whole in its revision (like content imports do). */
export function importSnapshot(write: PlannedWrite) {
  const {
    overviewMdx,
    source: _source,
    contentHash: _hash,
    publishedAt: _published,
    ...row
  } = detectionRow(write, new Date(0));
  return { ...row, techniques: write.techniques, overview: overviewMdx, importedFrom: write.file };
}
