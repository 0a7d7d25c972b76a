// The editor's form: a DetectionDocument as people edit it. Most fields are the document's own; the test plan is
// edited as the YAML of content/'s tests.yml (tests and samples with their events, in their real shape) and a SIEM's
// tables as one line. documentOfForm turns it back into the document the write API takes, and says where the test
// plan's YAML is broken instead of dropping it.
import { stringify } from 'yaml';
import { parseYamlSource } from '../content/yaml-doc';
import type { DetectionDocument, DetectionVariantDocument, FalsePositive } from '../detections/document';
import { type DocumentFinding, documentFinding } from '../detections/findings';
import { SourceError } from '../errors';
import type { Confidence, Severity } from '../vocabulary';

export type DataSource = DetectionVariantDocument['dataSources'][number];

export interface VariantForm {
  platform: string;
  query: string;
  description: string;
  tuning: string;
  dataSources: DataSource[];
  /** Tables, indexes or data streams, separated by commas. */
  tables: string;
}

export interface EditorForm {
  slug: string;
  title: string;
  summary: string;
  techniques: string[];
  severity: Severity;
  confidence: Confidence;
  related: string[];
  falsePositives: FalsePositive[];
  overview: string;
  investigation: string;
  response: string;
  hunting: string;
  sigma: string;
  /** `tests:` and `samples:` as tests.yml holds them. */
  testPlan: string;
  variants: VariantForm[];
}

export const PROSE_FIELDS = ['overview', 'investigation', 'response', 'hunting'] as const;
export type ProseField = (typeof PROSE_FIELDS)[number];

export function testPlanYaml(tests: DetectionDocument['tests'], samples: DetectionDocument['samples']): string {
  return stringify({ tests, samples }, { lineWidth: 0 });
}

export function formOfDocument(doc: DetectionDocument): EditorForm {
  return {
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    techniques: [...doc.techniques],
    severity: doc.severity,
    confidence: doc.confidence,
    related: [...doc.related],
    falsePositives: doc.falsePositives.map((f) => ({ ...f })),
    overview: doc.overview,
    investigation: doc.investigation,
    response: doc.response,
    hunting: doc.hunting,
    sigma: doc.sigma,
    testPlan: testPlanYaml(doc.tests, doc.samples),
    variants: doc.variants.map((v) => ({
      platform: v.platform,
      query: v.query,
      description: v.description,
      tuning: v.tuning,
      dataSources: v.dataSources.map((s) => ({ ...s })),
      tables: v.tables.join(', '),
    })),
  };
}

export function splitTables(line: string): string[] {
  return line
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export interface TestPlan {
  tests: unknown;
  samples: unknown;
}

/** The test plan's YAML read back; a syntax error or a shape that is no test plan is a finding at its line. */
export function readTestPlan(text: string): { plan: TestPlan; findings: DocumentFinding[] } {
  const empty = { tests: [], samples: [] };
  if (!text.trim()) return { plan: empty, findings: [] };
  let value: unknown;
  try {
    value = parseYamlSource(text, 'tests.yml').value;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const message = `the test plan is not valid YAML: ${error.message}`;
    const at = { line: error.line ?? 1, column: error.column ?? 1 };
    return { plan: empty, findings: [documentFinding('TEST_PLAN_YAML', ['testPlan'], message, at)] };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    const message = 'the test plan must be a mapping with `tests:` and `samples:` lists';
    return { plan: empty, findings: [documentFinding('TEST_PLAN_SHAPE', ['testPlan'], message)] };
  }
  const { tests = [], samples = [], ...rest } = value as Record<string, unknown>;
  const findings = Object.keys(rest).map((key) =>
    documentFinding(
      'TEST_PLAN_SHAPE',
      ['testPlan'],
      `the test plan holds \`tests:\` and \`samples:\` only, not \`${key}:\``,
    ),
  );
  return { plan: { tests, samples }, findings };
}

/**
 * The document the write API takes. Its own validation (lib/detections/validate-document.ts, on the server) judges
 * it; here only the test plan's YAML can fail, and then the document is not sent.
 */
export function documentOfForm(form: EditorForm): { document: Record<string, unknown>; findings: DocumentFinding[] } {
  const { plan, findings } = readTestPlan(form.testPlan);
  const document = {
    slug: form.slug.trim(),
    title: form.title,
    summary: form.summary,
    techniques: form.techniques,
    severity: form.severity,
    confidence: form.confidence,
    related: form.related,
    falsePositives: form.falsePositives,
    overview: form.overview,
    investigation: form.investigation,
    response: form.response,
    hunting: form.hunting,
    sigma: form.sigma,
    tests: plan.tests,
    samples: plan.samples,
    variants: form.variants.map((v) => ({
      platform: v.platform,
      dataSources: v.dataSources,
      tables: splitTables(v.tables),
      query: v.query,
      description: v.description,
      tuning: v.tuning,
    })),
  };
  return { document, findings };
}
