import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isMap, isScalar } from 'yaml';
import { type Finding, finding, type Position } from '../sigma/findings';
import { DEFAULT_MAX_BYTES, sizeLimitFinding } from '../sigma/read';
import type { AttackTagCatalog } from '../sigma/validate';
import { validateSigma } from '../sigma/validate';
import { positionAt, positionOfMatch, START } from '../text/position';
import { decodeUtf8 } from '../text/utf8';
import { type RuleFields, ruleFields } from './fields';

export type FileOutcome =
  | { kind: 'rule'; file: string; fields: RuleFields; warnings: Finding[]; idAt: Position }
  | { kind: 'not-a-rule'; file: string; reason: string }
  | { kind: 'rejected'; file: string; reasons: Finding[] };

export interface ReadOptions {
  /** Our ATT&CK catalog, for the tag checks; without it tags are checked for form only. */
  catalog?: AttackTagCatalog;
  maxBytes?: number;
  /** The validator; a seam so tests can make it throw. */
  validate?: typeof validateSigma;
}

const encoder = new TextEncoder();

/**
 * One file of the collection, read as bytes and judged: a rule to import, not a rule at all, or rejected.
 * Never throws: whatever goes wrong with one file (a bug, a stack overflow on a hostile rule) rejects that file
 * as IMPORT_INTERNAL, and the rest of the collection still imports.
 */
export function readRuleFile(root: string, file: string, options: ReadOptions = {}): FileOutcome {
  try {
    return judge(root, file, options);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return reject(
      file,
      'IMPORT_INTERNAL',
      '',
      `the import failed on this file (${what}); the other files are not affected`,
      { line: 1, column: 1 },
    );
  }
}

function judge(root: string, file: string, options: ReadOptions): FileOutcome {
  const path = join(root, file);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    // An oversized file is refused on its length alone, never read.
    if (size > maxBytes) return { kind: 'rejected', file, reasons: [sizeLimitFinding(size, maxBytes)] };
    bytes = readFileSync(path);
  } catch (error) {
    return reject(file, 'IMPORT_READ', '', `cannot read the file: ${(error as Error).message}`, { line: 1, column: 1 });
  }
  const validate = options.validate ?? validateSigma;
  const result = validate(bytes, { file, catalog: options.catalog, maxBytes });
  if (result.documents.length > 0 && !result.documents.some((d) => looksLikeRule(d.doc))) {
    return { kind: 'not-a-rule', file, reason: 'no YAML document has a top-level title or detection' };
  }
  if (!result.ok) return { kind: 'rejected', file, reasons: result.findings.filter((f) => f.severity === 'error') };

  // The validator accepted the bytes as UTF-8; the text keeps a BOM, so it must encode back to exactly the file.
  const decoded = decodeUtf8(bytes);
  const text = decoded.ok ? decoded.text : '';
  if (Buffer.compare(encoder.encode(text), bytes) !== 0) {
    return reject(file, 'IMPORT_NOT_BYTE_EXACT', '', 'the decoded text does not encode back to the same bytes', {
      line: 1,
      column: 1,
    });
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return reject(
      file,
      'IMPORT_NUL',
      '',
      'file contains a NUL character, which the catalog cannot store as text',
      positionAt(text, nul),
    );
  }
  const fields = ruleFields(result, text);
  if (!fields) {
    const message = 'rule has no id: the import finds a rule again by its Sigma id, and serves it at /rules/<id>.yml';
    return reject(file, 'IMPORT_NO_ID', 'id', message, { line: 1, column: 1 });
  }
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  return { kind: 'rule', file, fields, warnings, idAt: idPosition(text) };
}

/** The brief's test for "is this a rule at all": a top-level `title` or `detection` key, looked up without converting. */
function looksLikeRule(doc: Document.Parsed): boolean {
  const top = doc.contents;
  return (
    isMap(top) &&
    top.items.some((pair) => isScalar(pair.key) && (pair.key.value === 'title' || pair.key.value === 'detection'))
  );
}

export function reject(file: string, code: string, path: string, message: string, at: Position): FileOutcome {
  return { kind: 'rejected', file, reasons: [finding({ code, severity: 'error', path, message, at })] };
}

function idPosition(text: string): Position {
  return positionOfMatch(text, /^id[ \t]*:/m) ?? START;
}
