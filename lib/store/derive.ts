// What the store writes for one document: the Detection row's fields and the rows under it, computed from the
// document alone (plus where it comes from), so every writer stores the same thing for the same document.
import type { DetectionDocument } from '../detections/document';
import { type ProofSummary, proveSamples } from '../detections/proof';
import { type RuleDocument, ruleDocuments, sha256 } from '../detections/rule-documents';
import type { DetectionSource } from '../vocabulary';
import { documentHash } from './hash';

export interface Derived {
  contentHash: string;
  proof: ProofSummary;
  rules: RuleDocument[];
  /** The Detection row's document fields (status and revision pointers are the writer's). */
  fields: {
    slug: string;
    sigmaId: string | null;
    title: string;
    summary: string;
    severity: string;
    confidence: string;
    overviewMdx: string;
    investigationMdx: string;
    responseMdx: string;
    huntingMdx: string;
    falsePositives: Array<{ title: string; detail: string }>;
    sigmaYaml: string;
    sigmaSha256: string;
    source: DetectionSource;
    contentHash: string;
    proof: ProofSummary;
  };
}

/** `proof` and `rules` may be passed in when the caller has just computed them (validation does); else computed. */
export function derive(
  doc: DetectionDocument,
  source: DetectionSource,
  known: { proof?: ProofSummary; rules?: RuleDocument[] } = {},
): Derived {
  const contentHash = documentHash(doc);
  const rules = known.rules ?? ruleDocuments(doc.sigma);
  const proof =
    known.proof ??
    proveSamples(
      doc.sigma,
      doc.samples.map((s) => ({ key: s.key, expect: s.expect, rule: s.rule, event: s.event })),
    );
  return {
    contentHash,
    proof,
    rules,
    fields: {
      slug: doc.slug,
      sigmaId: rules[0]?.id ?? null,
      title: doc.title,
      summary: doc.summary,
      severity: doc.severity,
      confidence: doc.confidence,
      overviewMdx: doc.overview,
      investigationMdx: doc.investigation,
      responseMdx: doc.response,
      huntingMdx: doc.hunting,
      falsePositives: doc.falsePositives,
      sigmaYaml: doc.sigma,
      sigmaSha256: sha256(doc.sigma),
      source,
      contentHash,
      proof,
    },
  };
}
