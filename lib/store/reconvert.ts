// Conversions made by another converter version are redone here, in pages of detections, so a new converter reaches
// every stored rule without re-importing anything. The import commands run it after writing.

import type { Db } from '../db/client';
import { CONVERTER_VERSION, convertDetectionRules } from '../detections/conversions';
import { reindexDetections } from '../search/index/write';
import { createConversions } from './children';

export interface ReconvertResult {
  detections: number;
  ms: number;
}

export async function reconvertStale(
  db: Db,
  options: { pageSize?: number; onProgress?: (done: number) => void } = {},
): Promise<ReconvertResult> {
  const started = performance.now();
  const pageSize = options.pageSize ?? 200;
  const stale = {
    OR: [{ conversions: { none: {} } }, { conversions: { some: { converterVersion: { not: CONVERTER_VERSION } } } }],
  };
  let done = 0;
  // A stored rule that yields no rows (none of its documents reads as a rule) stays stale: skip it, don't loop on it.
  const unconvertible: string[] = [];
  // Each page is converted and replaced in one transaction; converted rows leave the stale set, so the next page is
  // again the first one.
  for (;;) {
    const page = await db.detection.findMany({
      where: { ...stale, id: { notIn: unconvertible } },
      select: { id: true, sigmaYaml: true },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    if (page.length === 0) break;
    const items = page.map((d) => ({ detectionId: d.id, rows: convertDetectionRules(d.sigmaYaml) }));
    const converted = items.filter((i) => i.rows.length > 0);
    for (const i of items) if (i.rows.length === 0) unconvertible.push(i.detectionId);
    await db.$transaction(async (tx) => {
      await tx.conversion.deleteMany({ where: { detectionId: { in: page.map((d) => d.id) } } });
      await createConversions(tx, converted);
      // The index holds the data sources and tables conversions name.
      await reindexDetections(
        tx,
        page.map((d) => d.id),
      );
    });
    done += page.length;
    options.onProgress?.(done);
  }
  return { detections: done, ms: performance.now() - started };
}
