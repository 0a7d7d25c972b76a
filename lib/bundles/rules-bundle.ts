import type { Db } from '../db/client';
import { type BundleRule, bundleRulePages } from '../queries/bundle-rule-pages';
import type { SearchQuery } from '../search/params';
import { MANIFEST_NAME, manifestHead, manifestRule, ruleFileName } from './manifest';
import { manifestSpool } from './manifest-spool';
import { type ZipEntry, zipStream } from './zip-stream';

export const BUNDLE_FILE_NAME = 'tripline-rules.zip';
// The zip format cannot say "no date"; this is its earliest, used for the manifest of an empty bundle.
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

const encoder = new TextEncoder();

/**
 * The entries of a rules bundle: each detection's rule file under its slug (the bytes of /rules/<slug>.yml), then
 * manifest.json. The manifest comes last because it lists what was written; it is spooled to a temporary file while
 * the files stream past (manifest-spool.ts), so memory does not grow with the catalog, and its date is the newest
 * rule's, so the same catalog always zips to the same bytes.
 */
export async function* bundleEntries(pages: AsyncIterable<BundleRule[]>, query: SearchQuery): AsyncGenerator<ZipEntry> {
  const spool = await manifestSpool();
  try {
    let newest = ZIP_EPOCH;
    let count = 0;
    for await (const page of pages) {
      for (const rule of page) {
        const bytes = encoder.encode(rule.sigmaYaml);
        await spool.add(manifestRule(rule, bytes));
        count++;
        if (rule.updatedAt > newest) newest = rule.updatedAt;
        yield { name: ruleFileName(rule.slug), bytes, mtime: rule.updatedAt };
      }
    }
    yield { name: MANIFEST_NAME, bytes: spool.read(manifestHead(query, count)), mtime: newest };
  } finally {
    await spool.remove();
  }
}

/** The zip of every published rule matching the search filters, streamed as the database is read. */
export function rulesBundle(
  db: Db,
  query: SearchQuery,
  options: { pageSize?: number } = {},
): ReadableStream<Uint8Array> {
  return zipStream(bundleEntries(bundleRulePages(db, query, options), query));
}
