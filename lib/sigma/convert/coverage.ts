// How much of a rule collection converts, per target: the share converted without findings, with warnings, with
// every field mapped, and the reasons for the rest, grouped. `npm run sigma:coverage -- <folder>` prints it.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { hasErrors } from '../findings';
import { findRuleFiles } from '../read/rule-files';
import { convertFile } from './file';
import { TARGETS, type Target } from './types';
import { CONVERTER_VERSION } from './version';

export interface TargetCoverage {
  target: Target;
  rules: number;
  converted: number;
  /** Converted with no finding at all. */
  clean: number;
  /** Converted with warnings. */
  withWarnings: number;
  /** Converted with every field mapped by a pipeline (no FIELD_UNMAPPED, no LOGSOURCE_UNMAPPED). */
  fieldsMapped: number;
  /** Of those, every field mapped to one holding the same value (no FIELD_APPROXIMATED either). */
  fieldsExact: number;
  /** Rules not converted, by error code: how many, an example message, and the rules (file#index). */
  failures: Record<string, { count: number; example: string; rules: string[] }>;
  /** How many converted rules carry each warning code. */
  warnings: Record<string, number>;
  seconds: number;
}

export interface CoverageReport {
  converterVersion: string;
  files: number;
  /** Files that could not be read as Sigma at all (YAML errors, no rule). */
  unreadable: string[];
  targets: TargetCoverage[];
}

const UNMAPPED = new Set(['FIELD_UNMAPPED', 'LOGSOURCE_UNMAPPED']);

export function coverageReport(folder: string, targets: readonly Target[] = TARGETS): CoverageReport {
  const { files } = findRuleFiles([folder]);
  const stats = new Map<Target, TargetCoverage>(
    targets.map((target) => [
      target,
      {
        target,
        rules: 0,
        converted: 0,
        clean: 0,
        withWarnings: 0,
        fieldsMapped: 0,
        fieldsExact: 0,
        failures: {},
        warnings: {},
        seconds: 0,
      },
    ]),
  );
  const unreadable: string[] = [];
  const started = performance.now();
  for (const file of files) {
    const name = relative(folder, file.path);
    const converted = convertFile(readFileSync(file.path), targets);
    if (converted.rules.length === 0 || hasErrors(converted.findings)) unreadable.push(name);
    for (const rule of converted.rules) {
      for (const result of rule.results) {
        const s = stats.get(result.target) as TargetCoverage;
        s.rules++;
        if (!result.ok) {
          const first = result.findings.find((f) => f.severity === 'error');
          const code = first?.code ?? 'UNKNOWN';
          s.failures[code] ??= { count: 0, example: first?.message ?? '', rules: [] };
          const entry = s.failures[code];
          entry.count++;
          entry.rules.push(`${name}#${rule.index}`);
          continue;
        }
        s.converted++;
        if (result.findings.length === 0) s.clean++;
        else s.withWarnings++;
        if (!result.findings.some((f) => UNMAPPED.has(f.code))) {
          s.fieldsMapped++;
          if (!result.findings.some((f) => f.code === 'FIELD_APPROXIMATED')) s.fieldsExact++;
        }
        for (const code of new Set(result.findings.map((f) => f.code))) s.warnings[code] = (s.warnings[code] ?? 0) + 1;
      }
    }
  }
  // Every target is converted from one parse of each file, so the time is shared out evenly.
  const seconds = (performance.now() - started) / 1000 / Math.max(targets.length, 1);
  for (const s of stats.values()) s.seconds = Math.round(seconds * 100) / 100;
  return { converterVersion: CONVERTER_VERSION, files: files.length, unreadable, targets: [...stats.values()] };
}

function share(n: number, of: number): string {
  return `${n} (${of ? ((100 * n) / of).toFixed(1) : '0.0'}%)`;
}

/** The report as text: one block per target, failures by reason with the rules named. */
export function formatCoverage(report: CoverageReport, listRules = true): string[] {
  const lines = [`converter ${report.converterVersion}: ${report.files} files`];
  if (report.unreadable.length)
    lines.push(`unreadable files: ${report.unreadable.length} (${report.unreadable.join(', ')})`);
  for (const t of report.targets) {
    lines.push('');
    lines.push(`${t.target}: ${t.rules} rules, converted ${share(t.converted, t.rules)}`);
    lines.push(`  without findings ${share(t.clean, t.rules)}, with warnings ${share(t.withWarnings, t.rules)}`);
    lines.push(
      `  every field mapped ${share(t.fieldsMapped, t.rules)}, none of them approximated ${share(t.fieldsExact, t.rules)}`,
    );
    const warnings = Object.entries(t.warnings).sort((a, b) => b[1] - a[1]);
    if (warnings.length) lines.push(`  warnings: ${warnings.map(([code, n]) => `${code} ${n}`).join(', ')}`);
    for (const [code, failure] of Object.entries(t.failures).sort((a, b) => b[1].count - a[1].count)) {
      lines.push(`  not converted, ${code}: ${failure.count} (e.g. ${failure.example})`);
      if (listRules) for (const rule of failure.rules) lines.push(`    ${rule}`);
    }
  }
  return lines;
}
