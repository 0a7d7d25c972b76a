import { statSync } from 'node:fs';
import type { Db } from '../db/client';
import { backfillSearchIndex } from '../search/index/write';
import { finding } from '../sigma/findings';
import { findRuleFiles } from '../sigma/read';
import { reconvertStale } from '../store';
import { DEFAULT_IMPORT_SOURCE } from '../vocabulary';
import { loadCatalogState } from './catalog-state';
import { ensureMigrated } from './migrated';
import { type PlannedWrite, planImport, type ValidRule } from './plan';
import { NO_PROGRESS, type Progress } from './progress';
import { type ReadOptions, readRuleFile } from './read-rule';
import { emptyReport, type ImportedRule, type SigmaImportReport } from './report';
import { writeAll } from './write-all';

/** What readRuleFile takes (catalog, maxBytes, the seams), and how to write. */
export interface SigmaImportOptions extends ReadOptions {
  /** The collection's name, each detection's `source` (default sigmahq). */
  source?: string;
  batchSize?: number;
  progress?: Progress;
  now?: Date;
}

/**
 * Imports every Sigma rule under `folder` as a published detection. Validates all files first, then plans
 * against what the database holds, then writes in batches; a rejected file changes nothing.
 */
export async function importSigmaFolder(
  db: Db,
  folder: string,
  options: SigmaImportOptions = {},
): Promise<SigmaImportReport> {
  const started = performance.now();
  const progress = options.progress ?? NO_PROGRESS;
  const report = emptyReport(folder);
  await ensureMigrated(db);

  const files = ruleFilesUnder(folder);
  report.files = files.length;
  const valid: ValidRule[] = [];
  progress.start('validate', files.length);
  files.forEach((file, i) => {
    const outcome = readRuleFile(folder, file, options);
    if (outcome.kind === 'rule') valid.push(outcome);
    else if (outcome.kind === 'not-a-rule') report.skipped.push({ file, reason: outcome.reason });
    else report.rejected.push({ file, reasons: outcome.reasons });
    progress.update(i + 1);
  });
  progress.stop();
  report.timings.validateMs = performance.now() - started;

  const writeStarted = performance.now();
  const state = await loadCatalogState(db);
  if (state.techniqueIds.size === 0) {
    report.notices.push(
      'the Technique table is empty, so no rule is linked to a technique: run `npm run import:content` first, then import again',
    );
  }
  const source = options.source ?? DEFAULT_IMPORT_SOURCE;
  const plan = planImport(valid, state, source);
  report.unchanged.push(...plan.unchanged);
  report.rejected.push(...plan.rejected);

  if (plan.writes.length) progress.start('write', plan.writes.length);
  const result = await writeAll(db, plan.writes, {
    source,
    batchSize: options.batchSize,
    now: options.now,
    onProgress: (done) => progress.update(done),
  });
  progress.stop();
  for (const w of result.written) (w.action === 'create' ? report.created : report.updated).push(imported(w));
  for (const { write, error } of result.failed) {
    const at = { line: 1, column: 1 };
    report.rejected.push({
      file: write.file,
      reasons: [
        finding({
          code: 'IMPORT_WRITE_FAILED',
          severity: 'error',
          path: '',
          message: `the database refused the rule: ${error}`,
          at,
        }),
      ],
    });
  }
  report.rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  report.timings.writeMs = performance.now() - writeStarted;
  const reconverted = await reconvertStale(db);
  // A database made before the search index gets its index here (the store keeps it current from then on).
  await backfillSearchIndex(db);
  report.reconverted = reconverted.detections;
  report.timings.reconvertMs = reconverted.ms;
  report.timings.totalMs = performance.now() - started;
  return report;
}

/** The folder's rule files, relative to it, as `sigma validate <folder>` sees them. */
function ruleFilesUnder(folder: string): string[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${folder}: no such folder`);
  return findRuleFiles([folder]).files.map((f) => f.file);
}

function imported(w: PlannedWrite): ImportedRule {
  return { file: w.file, slug: w.slug, sigmaId: w.sigmaId, warnings: w.warnings };
}
