// GET /api/v1/detections on both databases: the search API gives the same answers on each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, closeApiDatabase, expectError, jsonOf, openApiDatabase, type Paged } from '@/lib/api/testing';
import { PROVIDERS, type TestDatabase } from '@/lib/db/testing';

interface Summary {
  slug: string;
  techniques: string[];
  platforms: string[];
  links: Record<string, string>;
  snippet?: string | null;
}

describe.each(PROVIDERS)('/api/v1/detections on %s', (provider) => {
  let t: TestDatabase;
  let route: typeof import('./route');
  const get = async (qs = '') => route.GET(apiRequest(`/api/v1/detections${qs}`));
  const list = async (qs = '') => jsonOf<Paged<Summary>>(await get(qs));

  beforeAll(async () => {
    t = await openApiDatabase(provider);
    route = await import('./route');
  });
  afterAll(() => closeApiDatabase(t));

  it('lists published detections with their techniques, platforms and links', async () => {
    const body = await list();
    expect(body).toMatchObject({
      page: 1,
      pageSize: 20,
      total: 3,
      links: { self: '/api/v1/detections', next: null, prev: null },
    });
    expect(body.data.map((d) => d.slug)).toEqual([
      'cloud-logging-disabled',
      'cloud-snapshot-created',
      'traffic-duplication',
    ]);
    expect(body.data[2]).toEqual({
      slug: 'traffic-duplication',
      title: 'Traffic Duplication',
      summary: expect.stringContaining('packet mirroring'),
      severity: 'high',
      confidence: 'medium',
      source: 'tripline',
      proven: true,
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      techniques: ['T1020.001'],
      platforms: ['qradar', 'splunk', 'sentinel', 'elastic'],
      snippet: null,
      links: {
        html: '/detections/traffic-duplication',
        rule: '/rules/traffic-duplication.yml',
        api: '/api/v1/detections/traffic-duplication',
      },
    });
  });

  it.each([
    ['?q=createtrafficmirrorsession', ['traffic-duplication']],
    ['?q=T1020.001', ['traffic-duplication']],
    ['?technique=T1578', ['cloud-snapshot-created']],
    ['?tactic=defense-impairment&severity=medium', ['cloud-snapshot-created']],
    ['?platform=splunk&q=cloud+StopLogging', ['cloud-logging-disabled']],
    ['?q=nothing-like-this-anywhere', []],
  ])('filters like /search: %s', async (qs, slugs) => {
    expect((await list(qs)).data.map((d) => d.slug)).toEqual(slugs);
  });

  it('gives each hit where its words were found, escaped HTML with the words marked', async () => {
    const [hit] = (await list('?q=packet+mirroring')).data;
    expect(hit?.snippet).toMatch(/<mark>packet<\/mark> <mark>mirroring<\/mark>/i);
    expect(hit?.snippet?.replace(/<\/?mark>/g, '')).not.toMatch(/<|>/);
  });

  it('pages with next and prev links that keep the filters', async () => {
    const first = await list('?q=cloud&pageSize=1');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 1 });
    expect(first.links).toEqual({
      self: '/api/v1/detections?q=cloud&pageSize=1',
      next: '/api/v1/detections?q=cloud&pageSize=1&page=2',
      prev: null,
    });
    const second = await list(new URL(first.links.next ?? '', 'http://localhost').search);
    expect(second.links.prev).toBe('/api/v1/detections?q=cloud&pageSize=1&page=1');
    const third = await list(new URL(second.links.next ?? '', 'http://localhost').search);
    expect(third.links.next).toBeNull();
    const seen = [first, second, third].map((p) => p.data[0]?.slug);
    expect(new Set(seen).size).toBe(3);
  });

  it('answers past the last page with no data and a way back', async () => {
    const body = await list('?pageSize=2&page=9');
    expect(body).toMatchObject({ total: 3, page: 9, data: [] });
    expect(body.links).toMatchObject({ next: null, prev: '/api/v1/detections?pageSize=2&page=2' });
  });

  it('refuses a page of a search with words past its first 1,000 matches, naming page; filters alone page on', async () => {
    const deep = await expectError(await get('?q=cloud&page=51'), 400, 'page');
    expect(deep.error.message).toBe(
      'page must be at most 50 for a search with words at 20 a page: only its first 1,000 matches are listed; add a word or a filter to narrow it',
    );
    await expectError(await get('?q=cloud&pageSize=100&page=11'), 400, 'page');
    // The last page that may be asked for is past the end of these three: an empty page, as any past the end.
    expect(await list('?q=cloud&page=50')).toMatchObject({ total: 3, data: [] });
    expect(await list('?page=51')).toMatchObject({ total: 3, data: [] });
    // Punctuation alone holds no words: the plain list, not a ranked search.
    expect((await get('?q=%22-&page=51')).status).toBe(200);
  });

  it.each([
    ['?pageSize=0', 'pageSize'],
    ['?pageSize=101', 'pageSize'],
    ['?pageSize=ten', 'pageSize'],
    ['?page=0', 'page'],
    ['?page=two', 'page'],
    ['?severity=urgent', 'severity'],
    ['?status=draft', 'status'],
    ['?technique=T10', 'technique'],
    ['?tactic=no%20spaces', 'tactic'],
    [`?q=${'x'.repeat(201)}`, 'q'],
  ])('refuses %s with 400 naming %s', async (qs, field) => {
    await expectError(await get(qs), 400, field);
  });
});
