import type { DetectionSource } from './types';

/** The detection as it stood, kept whole in each revision (paths on disk are not part of it). */
export function snapshotOf(det: DetectionSource) {
  return {
    slug: det.slug,
    ...det.front,
    overview: det.overview,
    investigation: det.investigation,
    response: det.response,
    hunting: det.hunting,
    sigmaYaml: det.sigmaYaml,
    testPlan: det.testPlan,
    variants: det.variants.map((v) => ({
      ...v.front,
      query: v.query,
      description: v.description,
      tuning: v.tuning,
    })),
  };
}
