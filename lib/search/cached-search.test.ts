// The cached search gives what the search gives, Dates and all, on both databases, and the same entry for two
// URLs that mean the same search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../content/import';
import { foundingContent } from '../content/testing';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { getSearchFacets } from '../queries/search-facets';
import { cachedSearch, cachedSearchPage } from './cached-search';
import { countFacets } from './facet-counts';
import { parseSearchQuery } from './params';
import { searchDetections } from './search-detections';

describe.each(PROVIDERS)('cached search on %s', (provider) => {
  let t: TestDatabase;
  const before = process.env.DATABASE_URL;
  const query = (s: string) => parseSearchQuery(new URLSearchParams(s)).query;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    expect((await importContent(t.db, foundingContent())).ok).toBe(true);
    // Matching follows DATABASE_URL's provider, as it does in the app.
    process.env.DATABASE_URL = t.url;
  });
  afterAll(async () => {
    process.env.DATABASE_URL = before;
    await t?.drop();
  });

  it('answers what the search answers, from the cache the second time', async () => {
    const q = query('q=mirror&platform=qradar');
    const fresh = await searchDetections(t.db, q, { pageSize: 5 });
    expect(fresh.total).toBeGreaterThan(0);
    expect(await cachedSearch(t.db, q, { pageSize: 5 })).toEqual(fresh);
    const again = await cachedSearch(t.db, q, { pageSize: 5 });
    expect(again).toEqual(fresh);
    expect(again.items[0]?.updatedAt).toBeInstanceOf(Date);
    expect(await t.db.cacheEntry.count()).toBe(1);
  });

  it('keeps a page with its facets under the canonical form of the query', async () => {
    const page = await cachedSearchPage(t.db, query('platform=QRADAR&q=%20mirror%20'), { pageSize: 12 });
    const same = await cachedSearchPage(t.db, query('q=mirror&page=1&platform=qradar'), { pageSize: 12 });
    expect(same).toEqual(page);
    expect(page.facets).toEqual(await getSearchFacets(t.db));
    expect(page.counts).toEqual(await countFacets(t.db, query('q=mirror&platform=qradar')));
    expect(page.counts.platform.qradar).toBe(page.result.total);
    expect(await t.db.cacheEntry.count({ where: { key: { startsWith: 'search-page?' } } })).toBe(1);
  });
});
