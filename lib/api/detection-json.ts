import { storedProof } from '../detections/proof';
import type { ApiDetection } from '../queries/api-detection';
import type { SearchHit } from '../search/search-detections';
import { snippetHtml } from '../search/snippet';
import { urls } from '../urls';

function detectionLinks(slug: string) {
  return {
    html: urls.detection(slug),
    rule: urls.ruleFile(slug),
    api: urls.api.detection(slug),
  };
}

/** A detection in a list. */
export function detectionSummaryJson(d: SearchHit) {
  return {
    slug: d.slug,
    title: d.title,
    summary: d.summary,
    severity: d.severity,
    confidence: d.confidence,
    source: d.source,
    proven: storedProof(d.proof).ok,
    updatedAt: d.updatedAt.toISOString(),
    techniques: d.techniques.map((t) => t.techniqueId),
    platforms: d.variants.map((v) => v.platformSlug),
    snippet: d.snippet ? snippetHtml(d.snippet) : null,
    links: detectionLinks(d.slug),
  };
}

/** One detection with everything a machine needs to deploy and test it. */
export function detectionJson(d: ApiDetection) {
  return {
    slug: d.slug,
    title: d.title,
    summary: d.summary,
    severity: d.severity,
    confidence: d.confidence,
    source: d.source,
    proven: storedProof(d.proof).ok,
    sigmaId: d.sigmaId,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    updatedAt: d.updatedAt.toISOString(),
    techniques: d.techniques.map(({ technique: t }) => ({
      id: t.id,
      name: t.name,
      url: t.url,
      parent: t.parent,
      tactics: t.tactics.map((x) => x.tactic.shortname),
    })),
    variants: d.variants.map((v) => ({
      platform: v.platformSlug,
      platformName: v.platform.name,
      language: v.platform.language,
      query: v.query,
      tables: v.tables,
      dataSources: v.dataSources.map((s) => ({ name: s.dataSource.name, connector: s.connector })),
      links: { html: urls.variant(d.slug, v.platformSlug) },
    })),
    falsePositives: d.falsePositives,
    testCases: d.testCases.map(({ atomicRef, ...t }) => ({ ...t, atomic: atomicRef })),
    links: detectionLinks(d.slug),
  };
}
