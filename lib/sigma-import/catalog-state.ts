import type { Db } from '../db/client';

export const SIGMA_IMPORT_SOURCE = 'sigma-import';

export interface ExistingDetection {
  id: string;
  slug: string;
  /** Lowercased, as the import stores and compares it. */
  sigmaId: string | null;
  source: string;
  contentHash: string;
  publishedAt: Date | null;
  /** Technique links, sorted; loaded for imported detections only, the only ones the import may change. */
  techniques: string[];
}

/** What the database already holds that the plan depends on, read once per run instead of once per rule. */
export interface CatalogState {
  bySlug: Map<string, ExistingDetection>;
  bySigmaId: Map<string, ExistingDetection>;
  techniqueIds: Set<string>;
}

export async function loadCatalogState(db: Db): Promise<CatalogState> {
  const [detections, links, techniques] = await Promise.all([
    db.detection.findMany({
      select: { id: true, slug: true, sigmaId: true, source: true, contentHash: true, publishedAt: true },
    }),
    db.detectionTechnique.findMany({
      where: { detection: { source: SIGMA_IMPORT_SOURCE } },
      select: { detectionId: true, techniqueId: true },
    }),
    db.technique.findMany({ select: { id: true } }),
  ]);
  const linksOf = new Map<string, string[]>();
  for (const link of links) linksOf.set(link.detectionId, [...(linksOf.get(link.detectionId) ?? []), link.techniqueId]);

  const state: CatalogState = {
    bySlug: new Map(),
    bySigmaId: new Map(),
    techniqueIds: new Set(techniques.map((t) => t.id)),
  };
  for (const d of detections) {
    const row: ExistingDetection = {
      ...d,
      sigmaId: d.sigmaId?.toLowerCase() ?? null,
      techniques: (linksOf.get(d.id) ?? []).sort(),
    };
    state.bySlug.set(row.slug, row);
    if (row.sigmaId) state.bySigmaId.set(row.sigmaId, row);
  }
  return state;
}
