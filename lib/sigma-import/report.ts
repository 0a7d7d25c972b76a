import type { Finding } from '../sigma/findings';

export interface ImportedRule {
  file: string;
  slug: string;
  sigmaId: string;
  /** Warning findings: the rule imported, but something in it deserves a look. */
  warnings: Finding[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface RejectedFile {
  file: string;
  /** Error findings (code, YAML path, line, column, message); the file changed nothing. */
  reasons: Finding[];
}

export interface SigmaImportReport {
  folder: string;
  files: number;
  created: ImportedRule[];
  updated: ImportedRule[];
  unchanged: ImportedRule[];
  skipped: SkippedFile[];
  rejected: RejectedFile[];
  /** Things about the run as a whole a person should know (e.g. no ATT&CK techniques to link to). */
  notices: string[];
  /** Detections converted again because their stored conversions came from another converter version. */
  reconverted: number;
  timings: { validateMs: number; writeMs: number; reconvertMs: number; totalMs: number };
}

export function emptyReport(folder: string): SigmaImportReport {
  return {
    folder,
    files: 0,
    created: [],
    updated: [],
    unchanged: [],
    skipped: [],
    rejected: [],
    notices: [],
    reconverted: 0,
    timings: { validateMs: 0, writeMs: 0, reconvertMs: 0, totalMs: 0 },
  };
}

export function changedCount(report: SigmaImportReport): number {
  return report.created.length + report.updated.length;
}
