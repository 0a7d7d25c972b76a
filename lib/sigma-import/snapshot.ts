import type { PlannedWrite } from './plan';

/** The imported detection as it stood after this write, kept whole in its revision (like content imports do). */
export function importSnapshot(write: PlannedWrite) {
  const f = write.fields;
  return {
    slug: write.slug,
    sigmaId: f.sigmaId,
    title: f.title,
    summary: f.summary,
    severity: f.severity,
    confidence: f.confidence,
    status: 'published',
    techniques: write.techniques,
    falsePositives: f.falsePositives,
    overview: f.overviewMdx,
    sigmaYaml: f.sigmaYaml,
    sigmaSha256: f.sigmaSha256,
    importedFrom: write.file,
  };
}
