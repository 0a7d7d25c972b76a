import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { detectionJson } from '@/lib/api/detection-json';
import { apiRequest, closeApiDatabase, expectError, jsonOf, openApiDatabase } from '@/lib/api/testing';
import type { TestDatabase } from '@/lib/db/testing';

type Detection = ReturnType<typeof detectionJson>;
let t: TestDatabase;
let route: typeof import('./route');
const get = (slug: string) =>
  route.GET(apiRequest(`/api/v1/detections/${slug}`), { params: Promise.resolve({ slug }) });

beforeAll(async () => {
  t = await openApiDatabase();
  route = await import('./route');
});
afterAll(() => closeApiDatabase(t));

describe('/api/v1/detections/[slug]', () => {
  it('gives the detection with its mapping, every SIEM query, data sources, false positives, tests and links', async () => {
    const d = await jsonOf<Detection>(await get('traffic-duplication'));
    expect(d).toMatchObject({
      slug: 'traffic-duplication',
      title: 'Traffic Duplication',
      severity: 'high',
      confidence: 'medium',
      sigmaId: '4c0d910c-2af1-4ac2-846f-11d39f723b2a',
    });
    expect(d.techniques).toEqual([
      {
        id: 'T1020.001',
        name: 'Traffic Duplication',
        url: 'https://attack.mitre.org/techniques/T1020/001/',
        parent: { id: 'T1020', name: 'Automated Exfiltration' },
        tactics: ['exfiltration'],
      },
    ]);
    expect(d.variants.map((v) => [v.platform, v.language])).toEqual([
      ['qradar', 'AQL'],
      ['splunk', 'SPL'],
      ['sentinel', 'KQL'],
      ['elastic', 'ES|QL'],
    ]);
    const qradar = d.variants[0];
    expect(qradar?.query).toContain('LAST 24 HOURS');
    expect(qradar?.tables).toEqual(['events']);
    expect(qradar?.dataSources).toContainEqual({
      name: 'AWS CloudTrail',
      connector: expect.stringContaining('QRadar'),
    });
    expect(qradar?.links.html).toBe('/detections/traffic-duplication/qradar');
    expect(d.falsePositives).toHaveLength(5);
    expect(d.testCases.flatMap((c) => c.eventNames as string[])).toContain('CreateTrafficMirrorSession');
    expect(d.testCases[0]).toHaveProperty('atomic');
    expect(d.links).toEqual({
      html: '/detections/traffic-duplication',
      rule: '/rules/traffic-duplication.yml',
      api: '/api/v1/detections/traffic-duplication',
    });
  });

  it.each(['nope', 'Traffic-Duplication', '..', 'traffic-duplication\0', 'x'.repeat(300)])(
    'answers 404 JSON for %j',
    async (slug) => {
      await expectError(await get(slug), 404);
    },
  );
});
