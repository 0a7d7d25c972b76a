// GET /rules.zip on both databases: the single downloads' bytes, the search filters, paging through the database
// as the archive is read, and refusals by name.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApiDatabase, openApiDatabase } from '@/lib/api/testing';
import { MAX_BUNDLES_AT_ONCE, takeBundleSlot } from '@/lib/bundles/bundle-slots';
import { bundleEntries } from '@/lib/bundles/rules-bundle';
import { zipStream } from '@/lib/bundles/zip-stream';
import { PROVIDERS, type TestDatabase } from '@/lib/db/testing';
import { type BundleRule, bundleRulePages } from '@/lib/queries/bundle-rule-pages';
import type { SearchQuery } from '@/lib/search/params';

describe.each(PROVIDERS)('/rules.zip on %s', (provider) => {
  let t: TestDatabase;
  let route: typeof import('./route');
  let single: typeof import('../rules/[file]/route');
  const get = (qs = '', method: 'GET' | 'HEAD' = 'GET') =>
    route[method](new Request(`http://localhost/rules.zip${qs}`, { method }));
  const filesOf = async (res: Response) => unzipSync(new Uint8Array(await res.arrayBuffer()));

  beforeAll(async () => {
    t = await openApiDatabase(provider);
    route = await import('./route');
    single = await import('../rules/[file]/route');
  });
  afterAll(() => closeApiDatabase(t));

  it('is a public zip of every published rule file, each the bytes of /rules/<slug>.yml', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tripline-rules.zip"');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const files = await filesOf(res);
    expect(Object.keys(files)).toEqual([
      'cloud-logging-disabled.yml',
      'cloud-snapshot-created.yml',
      'traffic-duplication.yml',
      'manifest.json',
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    for (const slug of ['cloud-logging-disabled', 'cloud-snapshot-created', 'traffic-duplication']) {
      const one = await single.GET(new Request(`http://localhost/rules/${slug}.yml`), {
        params: Promise.resolve({ file: `${slug}.yml` }),
      });
      expect(Buffer.from(files[`${slug}.yml`] ?? []).equals(Buffer.from(await one.arrayBuffer()))).toBe(true);
      const listed = manifest.rules.find((r: { slug: string }) => r.slug === slug);
      expect(`"${listed.sha256}"`).toBe(one.headers.get('etag'));
    }
  });

  it.each([
    ['?technique=T1578', ['cloud-snapshot-created.yml']],
    ['?q=createtrafficmirrorsession', ['traffic-duplication.yml']],
    ['?tactic=defense-impairment&severity=medium', ['cloud-snapshot-created.yml']],
    ['?platform=splunk&q=cloud+StopLogging', ['cloud-logging-disabled.yml']],
    ['?source=sigmahq', []],
    ['?q=nothing-like-this-anywhere&page=4', []],
  ])('takes the search filters: %s', async (qs, names) => {
    expect(Object.keys(await filesOf(await get(qs)))).toEqual([...names, 'manifest.json']);
  });

  it.each([
    ['?severity=urgent', 'severity'],
    ['?technique=T10', 'technique'],
    ['?status=draft', 'status'],
  ])('refuses %s with 400 naming %s', async (qs, field) => {
    const res = await get(qs);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(new RegExp(`^${field} `));
  });

  it('answers 503 with a Retry-After while every bundle slot of the process is streaming', async () => {
    const held = Array.from({ length: MAX_BUNDLES_AT_ONCE }, () => takeBundleSlot());
    try {
      const busy = await get();
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('5');
      expect(await busy.text()).toMatch(/bundles are being written; try again/);
      // HEAD writes no bundle, so it needs no slot.
      expect((await get('', 'HEAD')).status).toBe(200);
    } finally {
      for (const release of held) release?.();
    }
    // A finished bundle gives its slot back: as many as the slots, one after another, all answer.
    for (let i = 0; i <= MAX_BUNDLES_AT_ONCE; i++) await filesOf(await get());
  });

  it('answers HEAD with the headers and no archive', async () => {
    const res = await get('', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.body).toBeNull();
  });

  it('sends the first file before the database is asked for the next page', async () => {
    const all: SearchQuery = { q: '', page: 1 };
    const events: string[] = [];
    async function* logged(pages: AsyncIterable<BundleRule[]>) {
      let n = 0;
      for await (const page of pages) {
        events.push(`page ${++n}: ${page.map((r) => r.slug).join()}`);
        yield page;
      }
    }
    const reader = zipStream(bundleEntries(logged(bundleRulePages(t.db, all, { pageSize: 1 })), all)).getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      chunks.push(r.value);
      events.push(`chunk ${chunks.length}`);
    }
    expect(events.slice(0, 2)).toEqual(['page 1: cloud-logging-disabled', 'chunk 1']);
    expect(events.indexOf('page 2: cloud-snapshot-created')).toBeLessThan(
      events.indexOf('page 3: traffic-duplication'),
    );
    expect(events.indexOf('chunk 2')).toBeLessThan(events.indexOf('page 3: traffic-duplication'));
    expect(Object.keys(unzipSync(Buffer.concat(chunks)))).toHaveLength(4);
  });
});
