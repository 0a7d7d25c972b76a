import { join } from 'node:path';
import { loadAttackCatalog } from '../attack/catalog';
import type { Db } from '../db/client';
import type { SourceError } from '../errors';
import { backfillSearchIndex } from '../search/index/write';
import { reconvertStale, type WriteOutcome, writeDetections } from '../store';
import { OWN_SOURCE } from '../vocabulary';
import { editedOutsideContent } from './browser-edits';
import { findCollisions } from './check-collisions';
import { loadContent } from './load-content';
import { validateContent } from './validate-content';
import { writeAttack } from './write-attack';

export interface ImportOptions {
  /** Overwrite detections changed in the browser since the last import (they are otherwise reported and kept). */
  force?: boolean;
}

export interface ImportReport {
  ok: boolean;
  errors: SourceError[];
  /** Findings that did not stop the import (thin proofs, Sigma warnings), at their files. */
  warnings: SourceError[];
  attackChanged: number;
  detections: Record<WriteOutcome, string[]>;
  /** Left alone: changed in the browser or the API since content/ was last imported (slug -> channel). */
  keptEdits: Array<{ slug: string; channel: string }>;
  proofs: Array<{ slug: string; attack: string; benign: string }>;
  /** Detections whose stored conversions another converter version made, converted again after the write. */
  reconverted: number;
}

/**
 * Validates all of content/ first; only if every file is sound does it write, in one transaction, through the
 * detection store. A bad file therefore leaves the database exactly as it was.
 */
export async function importContent(db: Db, root = 'content', options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = {
    ok: false,
    errors: [],
    warnings: [],
    attackChanged: 0,
    detections: { created: [], updated: [], revised: [], unchanged: [] },
    keptEdits: [],
    proofs: [],
    reconverted: 0,
  };
  const { content, errors: readErrors } = loadContent(root);
  const catalog = loadAttackCatalog(join(root, 'attack', 'enterprise-attack.json'));
  const { detections, errors } = validateContent(content, catalog);
  report.errors = [...readErrors, ...errors];
  report.warnings = detections.flatMap((d) => d.warnings);
  if (!report.errors.length) report.errors = await findCollisions(db, detections);
  if (report.errors.length) return report;

  const edited = options.force
    ? new Map()
    : await editedOutsideContent(
        db,
        detections.map((d) => d.source.slug),
      );
  report.keptEdits = [...edited].map(([slug, channel]) => ({ slug, channel }));
  const toWrite = detections.filter((d) => !edited.has(d.source.slug));

  const now = new Date();
  await db.$transaction(
    async (tx) => {
      report.attackChanged = await writeAttack(tx, catalog.tactics, catalog.techniques);
      for (const [order, p] of content.platforms.entries()) {
        const { slug, ...row } = p;
        await tx.platform.upsert({ where: { slug }, create: { slug, ...row, order }, update: { ...row, order } });
      }
      const results = await writeDetections(
        tx,
        toWrite.map((d) => ({
          document: d.source.document,
          source: OWN_SOURCE,
          channel: 'content-import',
          message: `Imported from ${d.source.dir}`,
          mode: d.source.status === 'published' ? 'publish' : 'draft',
          proof: d.proof,
        })),
        now,
      );
      for (const r of results) report.detections[r.outcome].push(r.slug);
      await tx.meta.upsert({
        where: { key: 'attack.version' },
        create: { key: 'attack.version', value: catalog.version },
        update: { value: catalog.version },
      });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  report.proofs = toWrite.map((d) => ({
    slug: d.source.slug,
    attack: `${d.proof.attack.matched}/${d.proof.attack.total}`,
    benign: `${d.proof.benign.matched}/${d.proof.benign.total}`,
  }));
  report.reconverted = (await reconvertStale(db)).detections;
  // A database made before the search index gets its index here (the store keeps it current from then on).
  await backfillSearchIndex(db);
  report.ok = true;
  return report;
}
