import type { DetectionDocument, FalsePositive } from '../detections/document';
import { type RuleDocument, ruleDocumentsOf } from '../detections/rule-documents';
import type { ParsedSigma, YamlObject, YamlValue } from '../sigma/read';
import { isOneOf, SEVERITIES } from '../vocabulary';
import { mdxSafeText } from './mdx-text';
import { summaryOf } from './summary';

/** What a Sigma file contributes to its detection: the document but for the slug and techniques, which the plan decides. */
export interface RuleFields {
  sigmaId: string;
  document: Omit<DetectionDocument, 'slug' | 'techniques'>;
  /** ATT&CK technique ids from the tags; the plan keeps those our Technique table has. */
  tagTechniques: string[];
  /** The file's rules as served one by one at /rules/<id>.yml. */
  rules: RuleDocument[];
}

const TECHNIQUE_TAG = /^attack\.(t\d{4}(?:\.\d{3})?)$/i;

/**
 * Sigma's `status` says how far a rule has been tried in the field, which is what our confidence means:
 * stable → high, test → medium, and experimental (or deprecated, unsupported, none) → low.
 */
export function confidenceOf(status: YamlValue | undefined): 'low' | 'medium' | 'high' {
  if (status === 'stable') return 'high';
  if (status === 'test') return 'medium';
  return 'low';
}

/**
 * The fields of a file's rules. A collection's rules share the file (one download, one detection): the first
 * rule names it, and the techniques are those any of its rules is tagged with. Returns null without an id.
 */
export function ruleFields(parsed: Pick<ParsedSigma, 'documents' | 'rules'>, text: string): RuleFields | null {
  const rules = parsed.rules.map((r) => r.data);
  const first = rules[0];
  if (!first || typeof first.id !== 'string') return null;
  const title = typeof first.title === 'string' ? storable(first.title) : first.id;
  const description = typeof first.description === 'string' ? storable(first.description) : undefined;
  return {
    // UUIDs are case-insensitive, and /rules/<id>.yml accepts the lowercase form only.
    sigmaId: first.id.toLowerCase(),
    document: {
      title,
      summary: summaryOf(description, title),
      severity: isOneOf(SEVERITIES, first.level) ? first.level : 'medium',
      confidence: confidenceOf(first.status),
      related: [],
      falsePositives: falsePositivesOf(first.falsepositives),
      overview: mdxSafeText(description ?? title),
      investigation: '',
      response: '',
      hunting: '',
      sigma: text,
      tests: [],
      samples: [],
      variants: [],
    },
    tagTechniques: techniquesOf(rules),
    rules: ruleDocumentsOf(text, parsed),
  };
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
