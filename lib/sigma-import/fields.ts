import { createHash } from 'node:crypto';
import type { YamlObject, YamlValue } from '../sigma/read';
import { isOneOf, SEVERITIES } from '../vocabulary';
import { mdxSafeText } from './mdx-text';
import { summaryOf } from './summary';

// A type, not an interface: Prisma's JSON input type accepts only shapes with an implicit index signature.
export type FalsePositive = { title: string; detail: string };

/** What a Sigma file contributes to its Detection row: everything but the slug and the database's own ids. */
export interface RuleFields {
  sigmaId: string;
  title: string;
  summary: string;
  severity: string;
  confidence: string;
  overviewMdx: string;
  falsePositives: FalsePositive[];
  /** ATT&CK technique ids from the tags; the writer keeps those our Technique table has. */
  tagTechniques: string[];
  sigmaYaml: string;
  /** SHA-256 of the file's bytes: what /rules/<slug>.yml serves. */
  sigmaSha256: string;
  /** contentHashOf(bytes, IMPORT_FORMAT_VERSION): equal means nothing to update. */
  contentHash: string;
}

/**
 * The version of how a file becomes a Detection row. BUMP IT WHENEVER THE DERIVATION CHANGES: summaryOf,
 * mdxSafeText, confidenceOf, the severity or false-positive rules, technique tags, anything ruleFields computes.
 * contentHash covers the bytes and this number, so after a bump the next import refreshes every imported row
 * (one new revision each) instead of calling files with the same bytes unchanged.
 * History: 1, the bytes alone (no version); 2, the bytes with this version.
 */
export const IMPORT_FORMAT_VERSION = 2;

const TECHNIQUE_TAG = /^attack\.(t\d{4}(?:\.\d{3})?)$/i;

/**
 * Sigma's `status` says how far a rule has been tried in the field, which is what our confidence means:
 * stable → high, test → medium, and experimental (or deprecated, unsupported, none) → low.
 */
export function confidenceOf(status: YamlValue | undefined): string {
  if (status === 'stable') return 'high';
  if (status === 'test') return 'medium';
  return 'low';
}

/**
 * The fields of a file's rules. A collection's rules share the file (one download, one detection): the first
 * rule names it, and the techniques are those any of its rules is tagged with. Returns null without an id.
 */
export function ruleFields(
  rules: readonly YamlObject[],
  bytes: Uint8Array,
  text: string,
  formatVersion: number = IMPORT_FORMAT_VERSION,
): RuleFields | null {
  const first = rules[0];
  if (!first || typeof first.id !== 'string') return null;
  const title = typeof first.title === 'string' ? storable(first.title) : first.id;
  const description = typeof first.description === 'string' ? storable(first.description) : undefined;
  const sha = createHash('sha256').update(bytes).digest('hex');
  return {
    // UUIDs are case-insensitive, and /rules/<id>.yml accepts the lowercase form only.
    sigmaId: first.id.toLowerCase(),
    title,
    summary: summaryOf(description, title),
    severity: isOneOf(SEVERITIES, first.level) ? first.level : 'medium',
    confidence: confidenceOf(first.status),
    overviewMdx: mdxSafeText(description ?? title),
    falsePositives: falsePositivesOf(first.falsepositives),
    tagTechniques: techniquesOf(rules),
    sigmaYaml: text,
    sigmaSha256: sha,
    contentHash: contentHashOf(bytes, formatVersion),
  };
}

/** What the import compares to decide "unchanged": the file's bytes and the version of the derivation. */
export function contentHashOf(bytes: Uint8Array, formatVersion: number): string {
  return createHash('sha256').update(`tripline-sigma-import/${formatVersion}\n`).update(bytes).digest('hex');
}

/**
 * A YAML "\0" escape puts a NUL into parsed text, and PostgreSQL stores NUL in neither text nor jsonb: on one
 * database the rule would import, on the other fail. The replacement character keeps both the same.
 */
function storable(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD');
}

function falsePositivesOf(value: YamlValue | undefined): FalsePositive[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list
    .map((entry) => storable(typeof entry === 'string' ? entry : JSON.stringify(entry)).trim())
    .filter((title) => title !== '')
    .map((title) => ({ title, detail: '' }));
}

function techniquesOf(rules: readonly YamlObject[]): string[] {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (!Array.isArray(rule.tags)) continue;
    for (const tag of rule.tags) {
      const match = typeof tag === 'string' ? TECHNIQUE_TAG.exec(tag) : null;
      if (match?.[1]) ids.add(match[1].toUpperCase());
    }
  }
  return [...ids].sort();
}
