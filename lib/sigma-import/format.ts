import { join } from 'node:path';
import { CONVERTER_VERSION } from '../sigma/convert';
import type { Finding } from '../sigma/findings';
import type { SigmaImportReport } from './report';

export interface Counts {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
}

export function countsOf(report: SigmaImportReport): Counts {
  return {
    imported: report.created.length,
    updated: report.updated.length,
    unchanged: report.unchanged.length,
    skipped: report.skipped.length,
    rejected: report.rejected.length,
  };
}

/** `folder/file:line:col: CODE [yaml.path] message`: the form terminals and editors turn into links. */
export function formatReason(folder: string, file: string, f: Finding): string {
  const path = f.path ? ` [${f.path}]` : '';
  return `${join(folder, file)}:${f.line}:${f.column}: ${f.code}${path} ${f.message}`;
}

/** The closing report for people: counts first, then every rejected file with each reason, then notices. */
export function formatHuman(report: SigmaImportReport, revalidation?: string): string {
  const c = countsOf(report);
  const lines = [`Sigma import of ${report.folder}: ${report.files} YAML file(s)`];
  const row = (label: string, n: number, note = ''): string => `  ${label.padEnd(16)}${String(n).padStart(6)}${note}`;
  lines.push(row('imported (new)', c.imported), row('updated', c.updated), row('unchanged', c.unchanged));
  lines.push(
    row('skipped', c.skipped, '  (not Sigma rules)'),
    row('rejected', c.rejected, c.rejected ? '  (nothing written for these)' : ''),
  );
  const warned = [...report.created, ...report.updated, ...report.unchanged].filter(
    (r) => r.warnings.length > 0,
  ).length;
  if (warned)
    lines.push(`  ${warned} imported rule(s) carry warnings; \`npm run sigma -- validate <file>\` lists them`);

  if (report.rejected.length) {
    lines.push('', 'rejected:');
    for (const r of report.rejected)
      for (const f of r.reasons) lines.push(`  ${formatReason(report.folder, r.file, f)}`);
  }
  if (report.skipped.length) {
    lines.push('', 'skipped (not rules):');
    for (const s of report.skipped) lines.push(`  ${join(report.folder, s.file)}: ${s.reason}`);
  }
  for (const notice of report.notices) lines.push('', `note: ${notice}`);
  if (revalidation) lines.push('', revalidation);

  if (report.reconverted) {
    lines.push(
      '',
      `converted again for converter ${CONVERTER_VERSION}: ${report.reconverted} (${seconds(report.timings.reconvertMs)})`,
    );
  }
  const t = report.timings;
  const written = c.imported + c.updated;
  const rate = written && t.writeMs ? `, ${Math.round((written * 1000) / t.writeMs)} rules/s` : '';
  lines.push(
    '',
    `validated in ${seconds(t.validateMs)}, wrote (and converted) in ${seconds(t.writeMs)}${rate}; ${seconds(t.totalMs)} in all`,
  );
  return lines.join('\n');
}

/** One JSON document for machines: the counts, every file's outcome, the reasons, timings. */
export function formatJson(report: SigmaImportReport, revalidation?: string): string {
  return JSON.stringify(
    { ok: report.rejected.length === 0, counts: countsOf(report), ...report, revalidation: revalidation ?? null },
    null,
    2,
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
