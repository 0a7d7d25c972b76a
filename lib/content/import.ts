import { join } from 'node:path';
import { loadAttackCatalog } from '../attack/catalog';
import type { Db } from '../db/client';
import type { SourceError } from '../errors';
import { findCollisions } from './check-collisions';
import { loadContent } from './load-content';
import { validateContent } from './validate-content';
import { writeAttack } from './write-attack';
import { type WriteOutcome, writeDetection, writeRelated } from './write-detection';

export interface ImportReport {
  ok: boolean;
  errors: SourceError[];
  attackChanged: number;
  detections: Record<WriteOutcome, string[]>;
  proofs: Array<{ slug: string; attack: string; benign: string }>;
}

/**
 * Validates all of content/ first; only if every file is sound does it write, in one transaction.
 * A bad file therefore leaves the database exactly as it was.
 */
export async function importContent(db: Db, root = 'content'): Promise<ImportReport> {
  const report: ImportReport = {
    ok: false,
    errors: [],
    attackChanged: 0,
    detections: { created: [], updated: [], unchanged: [] },
    proofs: [],
  };
  const { content, errors: readErrors } = loadContent(root);
  const catalog = loadAttackCatalog(join(root, 'attack', 'enterprise-attack.json'));
  const { detections, errors } = validateContent(content, catalog);
  report.errors = [...readErrors, ...errors];
  if (!report.errors.length) report.errors = await findCollisions(db, detections);
  if (report.errors.length) return report;

  const now = new Date();
  await db.$transaction(
    async (tx) => {
      report.attackChanged = await writeAttack(tx, catalog.tactics, catalog.techniques);
      for (const [order, p] of content.platforms.entries()) {
        const row = {
          name: p.name,
          shortName: p.shortName,
          vendor: p.vendor,
          language: p.language,
          highlightLang: p.highlightLang,
          queryExt: p.queryExt,
          order,
        };
        await tx.platform.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...row }, update: row });
      }
      for (const item of detections) report.detections[await writeDetection(tx, item, now)].push(item.source.slug);
      await writeRelated(tx, detections);
      await tx.meta.upsert({
        where: { key: 'attack.version' },
        create: { key: 'attack.version', value: catalog.version },
        update: { value: catalog.version },
      });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  report.proofs = detections.map((d) => ({
    slug: d.source.slug,
    attack: `${d.proof.attack.matched}/${d.proof.attack.total}`,
    benign: `${d.proof.benign.matched}/${d.proof.benign.total}`,
  }));
  report.ok = true;
  return report;
}
