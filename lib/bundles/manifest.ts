import { sha256 } from '../detections/rule-documents';
import type { BundleRule } from '../queries/bundle-rule-pages';
import type { SearchQuery } from '../search/params';
import { toSearchParams } from '../search/params';
import { urls } from '../urls';

export const MANIFEST_NAME = 'manifest.json';

/** What the manifest says of one file of the bundle: enough to check it and to know what it detects. */
export interface ManifestRule {
  slug: string;
  file: string;
  /** The Sigma ids of the rules in the file, in file order. */
  sigmaIds: string[];
  title: string;
  techniques: string[];
  /** The Sigma level: our severity. */
  level: string;
  sha256: string;
  bytes: number;
  /** Where the same bytes are served alone. */
  url: string;
}

export interface Manifest {
  generator: 'Tripline';
  /** The search filters the bundle was made with, as in the URL that asked for it. */
  filters: Record<string, string>;
  count: number;
  rules: ManifestRule[];
}

export const ruleFileName = (slug: string) => `${slug}.yml`;

export function manifestRule(rule: BundleRule, bytes: Uint8Array): ManifestRule {
  return {
    slug: rule.slug,
    file: ruleFileName(rule.slug),
    sigmaIds: rule.rules.length ? rule.rules.map((r) => r.id) : rule.sigmaId ? [rule.sigmaId] : [],
    title: rule.title,
    techniques: rule.techniques.map((t) => t.techniqueId),
    level: rule.severity,
    sha256: sha256(rule.sigmaYaml),
    bytes: bytes.byteLength,
    url: urls.ruleFile(rule.slug),
  };
}

/** The manifest without its list of rules: written first, once the count is known (manifest-spool.ts). */
export function manifestHead(query: SearchQuery, count: number): Omit<Manifest, 'rules'> {
  const params = toSearchParams({ ...query, page: 1 });
  return { generator: 'Tripline', filters: Object.fromEntries(params), count };
}
