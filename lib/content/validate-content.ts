import type { AttackCatalog } from '../attack/catalog';
import type { DocumentFinding } from '../detections/findings';
import type { ProofSummary } from '../detections/proof';
import { parseDocument } from '../detections/validate-document';
import { SourceError } from '../errors';
import { PORTABLE_SLUG } from '../vocabulary';
import type { ContentDetection, ContentSet } from './types';

export interface ValidatedDetection {
  source: ContentDetection;
  proof: ProofSummary;
  /** Findings that do not stop the import, at their files: shown, never dropped. */
  warnings: SourceError[];
}

/**
 * Every detection is held to the rules of lib/detections/validate-document.ts (the same the editor and the API
 * meet), with each finding turned into file:line:column of the folder it came from.
 */
export function validateContent(
  content: ContentSet,
  catalog: AttackCatalog,
): { detections: ValidatedDetection[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const detections: ValidatedDetection[] = [];
  const slugs = new Set(content.detections.map((d) => d.slug));
  const platforms = new Set(content.platforms.map((p) => p.slug).filter((s) => s !== PORTABLE_SLUG));
  for (const det of content.detections) {
    const check = parseDocument(det.document, {
      catalog,
      platforms,
      detectionExists: (slug) => slugs.has(slug),
      policy: 'own',
    });
    const bad = check.findings.filter((f) => f.severity === 'error').map((f) => inFiles(det, f));
    errors.push(...bad);
    if (bad.length === 0) {
      const warnings = check.findings.map((f) => inFiles(det, f));
      detections.push({ source: det, proof: check.proof, warnings });
    }
  }
  return { detections, errors };
}

function inFiles(det: ContentDetection, f: DocumentFinding): SourceError {
  const path = fieldPath(f.field);
  return new SourceError(f.code, f.message, det.locate(path, f.line, f.column));
}

/** ['variants', 1, 'query'] from `variants[1].query`. */
export function fieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}
