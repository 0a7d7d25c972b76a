// GET /api/v1/navigator-layer on both databases: a layer the 4.5 schema accepts, scored from the database, filtered
// like search, with links made absolute by TRIPLINE_URL.
import Ajv from 'ajv/dist/2020';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, closeApiDatabase, expectError, jsonOf, openApiDatabase } from '@/lib/api/testing';
import { PROVIDERS, type TestDatabase } from '@/lib/db/testing';
import type { NavigatorLayer } from '@/lib/navigator/layer';
import { gradientProblem, LAYER_SCHEMA } from '@/lib/navigator/layer-schema';

const validate = new Ajv({ allErrors: true, strict: true }).compile(LAYER_SCHEMA);

describe.each(PROVIDERS)('/api/v1/navigator-layer on %s', (provider) => {
  let t: TestDatabase;
  let route: typeof import('./route');
  const get = (qs = '') => route.GET(apiRequest(`/api/v1/navigator-layer${qs}`));
  const layer = async (qs = '') => {
    const body = await jsonOf<NavigatorLayer>(await get(qs));
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(gradientProblem(body)).toBeNull();
    return body;
  };
  const scored = (l: NavigatorLayer) =>
    l.techniques.filter((x) => x.score !== undefined).map((x) => `${x.techniqueID}/${x.tactic}=${x.score}`);

  beforeAll(async () => {
    t = await openApiDatabase(provider);
    route = await import('./route');
  });
  afterAll(() => closeApiDatabase(t));
  afterEach(() => {
    delete process.env.TRIPLINE_URL;
  });

  it('scores every technique the published detections cover, under each of its tactics', async () => {
    const body = await layer();
    expect(body.versions).toEqual({ attack: expect.stringMatching(/^\d+$/), navigator: '5.2.0', layer: '4.5' });
    expect(body.domain).toBe('enterprise-attack');
    const expected = await t.db.detectionTechnique.findMany({
      where: { detection: { status: 'published' } },
      select: { techniqueId: true, technique: { select: { tactics: { select: { tactic: true } } } } },
    });
    const counts = new Map<string, number>();
    for (const e of expected) counts.set(e.techniqueId, (counts.get(e.techniqueId) ?? 0) + 1);
    const want = expected.flatMap((e) =>
      e.technique.tactics.map((x) => `${e.techniqueId}/${x.tactic.shortname}=${counts.get(e.techniqueId)}`),
    );
    expect(scored(body).sort()).toEqual([...new Set(want)].sort());
    const td = body.techniques.find((x) => x.techniqueID === 'T1020.001');
    expect(td?.links).toContainEqual({ label: 'Traffic Duplication', url: '/detections/traffic-duplication' });
    expect(body.techniques.find((x) => x.techniqueID === 'T1020')).toMatchObject({ showSubtechniques: true });
  });

  it('takes the search filters', async () => {
    const body = await layer('?technique=T1578');
    // The detections the filter finds, with every technique each is mapped to.
    const found = await t.db.detectionTechnique.findMany({
      where: { detection: { slug: 'cloud-snapshot-created' } },
      select: { techniqueId: true },
    });
    expect(new Set(scored(body).map((s) => s.split('/')[0]))).toEqual(new Set(found.map((f) => f.techniqueId)));
    expect(body.name).toBe('Tripline: technique T1578');
    expect((await layer('?q=nothing-like-this-anywhere')).techniques).toEqual([]);
  });

  it('links absolutely to the public URL when TRIPLINE_URL names it', async () => {
    process.env.TRIPLINE_URL = 'https://tripline.example.org/';
    const body = await layer();
    const links = [...body.links, ...body.techniques.flatMap((x) => x.links)].flatMap((l) =>
      'url' in l ? [l.url] : [],
    );
    expect(links.length).toBeGreaterThan(3);
    for (const url of links) expect(url).toMatch(/^https:\/\/tripline\.example\.org\/(detections|techniques|search)/);
  });

  it.each([
    ['?severity=urgent', 'severity'],
    ['?technique=T10', 'technique'],
  ])('refuses %s with 400 naming %s', async (qs, field) => {
    await expectError(await get(qs), 400, field);
  });
});
