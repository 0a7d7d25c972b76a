import type { Db } from '../db/client';
import { type BundleRule, bundleRulePages } from '../queries/bundle-rule-pages';
import type { SearchQuery } from '../search/params';
import { MANIFEST_NAME, type ManifestRule, manifestOf, manifestRule, ruleFileName } from './manifest';
import { type ZipEntry, zipStream } from './zip-stream';

export const BUNDLE_FILE_NAME = 'tripline-rules.zip';
// The zip format cannot say "no date"; this is its earliest, used for the manifest of an empty bundle.
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

const encoder = new TextEncoder();

/**
 * The entries of a rules bundle: each detection's rule file under its slug (the bytes of /rules/<slug>.yml), then
 * manifest.json. The manifest comes last because it lists what was written; it is the only thing kept while
 * the files stream past, and its date is the newest rule's, so the same catalog always zips to the same bytes.
 */
export async function* bundleEntries(pages: AsyncIterable<BundleRule[]>, query: SearchQuery): AsyncGenerator<ZipEntry> {
  const listed: ManifestRule[] = [];
  let newest = ZIP_EPOCH;
  for await (const page of pages) {
    for (const rule of page) {
      const bytes = encoder.encode(rule.sigmaYaml);
      listed.push(manifestRule(rule, bytes));
      if (rule.updatedAt > newest) newest = rule.updatedAt;
      yield { name: ruleFileName(rule.slug), bytes, mtime: rule.updatedAt };
    }
  }
  const manifest = `${JSON.stringify(manifestOf(query, listed), null, 2)}\n`;
  yield { name: MANIFEST_NAME, bytes: encoder.encode(manifest), mtime: newest };
}

/** The zip of every published rule matching the search filters, streamed as the database is read. */
export function rulesBundle(
  db: Db,
  query: SearchQuery,
  options: { pageSize?: number } = {},
): ReadableStream<Uint8Array> {
  return zipStream(bundleEntries(bundleRulePages(db, query, options), query));
}
