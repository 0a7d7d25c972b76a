import { createHash } from 'node:crypto';
import type { DetectionDocument } from '../detections/document';

/**
 * The version of what the store derives from a document (rows, rule splits, proof). BUMP IT WHEN THE DERIVATION
 * CHANGES: the hash covers it, so the next import rewrites every row instead of calling it unchanged.
 */
export const STORE_FORMAT_VERSION = 1;

/** Equal hashes mean equal documents: the same fields and values, whatever order the keys were written in. */
export function documentHash(doc: DetectionDocument): string {
  return createHash('sha256')
    .update(`tripline-document/${STORE_FORMAT_VERSION}\n`)
    .update(canonicalJson(doc))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
