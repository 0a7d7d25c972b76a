import type { Db } from '../db/client';

export interface ExistingDetection {
  id: string;
  slug: string;
  /** Lowercased, as the import stores and compares it. */
  sigmaId: string | null;
  source: string;
  contentHash: string;
}

/** What the database already holds that the plan depends on, read once per run instead of once per rule. */
export interface CatalogState {
  bySlug: Map<string, ExistingDetection>;
  bySigmaId: Map<string, ExistingDetection>;
  techniqueIds: Set<string>;
}

export async function loadCatalogState(db: Db): Promise<CatalogState> {
  const [detections, techniques] = await Promise.all([
    db.detection.findMany({ select: { id: true, slug: true, sigmaId: true, source: true, contentHash: true } }),
    db.technique.findMany({ select: { id: true } }),
  ]);
  const state: CatalogState = {
    bySlug: new Map(),
    bySigmaId: new Map(),
    techniqueIds: new Set(techniques.map((t) => t.id)),
  };
  for (const d of detections) {
    const row: ExistingDetection = { ...d, sigmaId: d.sigmaId?.toLowerCase() ?? null };
    state.bySlug.set(row.slug, row);
    if (row.sigmaId) state.bySigmaId.set(row.sigmaId, row);
  }
  return state;
}
