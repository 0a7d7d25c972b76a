// Every rule a detection document must meet before it is stored, whoever wrote it (content/, the editor, the API):
// ATT&CK techniques that exist, related detections that exist, MDX that cannot run, a valid Sigma rule, and samples
// that prove it. Returns every finding (the editor shows them all) and what was computed on the way (the proof).
import type { AttackCatalog } from '../attack/catalog';
import { mdxProblem } from '../content/mdx-check';
import { sectionHeadings } from '../content/sections';
import { PORTABLE_SLUG } from '../vocabulary';
import { type DetectionDocument, detectionDocumentSchema, PROSE_SECTIONS, VARIANT_SECTIONS } from './document';
import { type DocumentFinding, documentFinding, type FieldPath, fieldName } from './findings';
import { type ProofSummary, UNPROVEN } from './proof';
import { checkSamples } from './validate-samples';
import { checkSigma } from './validate-sigma';

/** Slugs that would name one of the editor's own pages instead of the detection's. */
const RESERVED_SLUGS: ReadonlySet<string> = new Set(['new']);

export interface DocumentContext {
  catalog: AttackCatalog;
  /** SIEM platform slugs a variant may name. */
  platforms: ReadonlySet<string>;
  /** Whether a detection with this slug exists (or is being written in the same batch). */
  detectionExists(slug: string): boolean;
  /**
   * `own`: written by us (content/, the editor), held to the catalog's standard: a technique, a test plan, every rule
   * proven, one log source per rule. `import`: a rule collection imported in bulk, checked for soundness only.
   */
  policy: 'own' | 'import';
}

export interface DocumentCheck {
  findings: DocumentFinding[];
  proof: ProofSummary;
}

/** Input from outside (JSON from the API, a folder read from disk) checked for shape first, then validated. */
export function parseDocument(input: unknown, ctx: DocumentContext): DocumentCheck & { document?: DetectionDocument } {
  const parsed = detectionDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const findings = parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const field = path.length ? path : ['document'];
      return documentFinding('INVALID_FIELD', field, `${fieldName(field)}: ${issue.message}`);
    });
    return { findings, proof: UNPROVEN };
  }
  return { document: parsed.data, ...validateDocument(parsed.data, ctx) };
}

export function validateDocument(doc: DetectionDocument, ctx: DocumentContext): DocumentCheck {
  const findings: DocumentFinding[] = [];
  const own = ctx.policy === 'own';
  if (RESERVED_SLUGS.has(doc.slug)) {
    findings.push(
      documentFinding(
        'RESERVED_SLUG',
        ['slug'],
        `"${doc.slug}" is taken by a page of the editor (the page for a new detection): choose another slug`,
      ),
    );
  }
  checkTechniques(doc, ctx, findings);
  checkRelated(doc, ctx, findings);
  if (own) {
    doc.falsePositives.forEach((fp, i) => {
      if (!fp.detail)
        findings.push(
          documentFinding(
            'FALSE_POSITIVE_DETAIL',
            ['falsePositives', i, 'detail'],
            'say how to recognise and tune out this false positive',
          ),
        );
    });
  }
  checkProse(doc, findings);
  checkVariants(doc, ctx, findings);
  const ruleIds = checkSigma(doc, ctx, findings);
  const proof = checkSamples(doc, ruleIds, own, findings);
  checkNul(doc, findings);
  return { findings, proof };
}

function checkTechniques(doc: DetectionDocument, ctx: DocumentContext, findings: DocumentFinding[]): void {
  if (ctx.policy === 'own' && doc.techniques.length === 0) {
    findings.push(documentFinding('NO_TECHNIQUE', ['techniques'], 'name at least one ATT&CK technique'));
  }
  const seen = new Set<string>();
  doc.techniques.forEach((id, i) => {
    const t = ctx.catalog.byId.get(id);
    const at: FieldPath = ['techniques', i];
    if (seen.has(id)) findings.push(documentFinding('DUPLICATE_TECHNIQUE', at, `${id} is named twice`));
    seen.add(id);
    if (!t) findings.push(documentFinding('UNKNOWN_TECHNIQUE', at, `${id} is not in ATT&CK ${ctx.catalog.version}`));
    else if (t.revoked || t.deprecated) {
      const what = t.revoked ? 'revoked' : 'deprecated';
      findings.push(documentFinding('RETIRED_TECHNIQUE', at, `${id} is ${what} in ATT&CK ${ctx.catalog.version}`));
    }
  });
}

function checkRelated(doc: DetectionDocument, ctx: DocumentContext, findings: DocumentFinding[]): void {
  doc.related.forEach((slug, i) => {
    if (slug === doc.slug)
      findings.push(documentFinding('SELF_RELATED', ['related', i], 'a detection cannot be related to itself'));
    else if (!ctx.detectionExists(slug))
      findings.push(documentFinding('UNKNOWN_RELATED', ['related', i], `no detection "${slug}"`));
  });
}

function checkProse(doc: DetectionDocument, findings: DocumentFinding[]): void {
  for (const section of PROSE_SECTIONS) mdx(doc[section.field], [section.field], findings);
}

function checkVariants(doc: DetectionDocument, ctx: DocumentContext, findings: DocumentFinding[]): void {
  const seen = new Set<string>();
  doc.variants.forEach((v, i) => {
    if (v.platform === PORTABLE_SLUG || !ctx.platforms.has(v.platform)) {
      const known = [...ctx.platforms].join(', ');
      findings.push(
        documentFinding('UNKNOWN_PLATFORM', ['variants', i, 'platform'], `no SIEM "${v.platform}" (known: ${known})`),
      );
    }
    if (seen.has(v.platform))
      findings.push(documentFinding('DUPLICATE_PLATFORM', ['variants', i, 'platform'], `${v.platform} appears twice`));
    seen.add(v.platform);
    for (const section of VARIANT_SECTIONS) mdx(v[section.field], ['variants', i, section.field], findings);
  });
}

function mdx(body: string, field: FieldPath, findings: DocumentFinding[]): void {
  if (!body) return;
  // Each prose field is one `## ` section of its content file: a heading of that level inside it would come back as
  // a section of its own (or an unknown one) when the file is read, so the export could not write it.
  for (const heading of sectionHeadings(body)) {
    findings.push(
      documentFinding(
        'HEADING_IN_SECTION',
        field,
        `"## ${heading.title}" is a section heading of the page; use "###" for a heading inside this section`,
        { line: heading.index + 1, column: 1 },
      ),
    );
  }
  const problem = mdxProblem(body);
  if (problem) findings.push(documentFinding(problem.code, field, problem.message, problem));
}

/** PostgreSQL stores NUL in neither text nor jsonb: refused on both databases alike. */
function checkNul(doc: DetectionDocument, findings: DocumentFinding[]): void {
  const walk = (value: unknown, path: Array<string | number>): void => {
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        findings.push(documentFinding('NUL_CHARACTER', path, 'contains a NUL character (\\0), which cannot be stored'));
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.includes('\u0000'))
          findings.push(documentFinding('NUL_CHARACTER', path, 'a key contains a NUL character'));
        walk(v, [...path, k]);
      }
    }
  };
  walk(doc, []);
}
