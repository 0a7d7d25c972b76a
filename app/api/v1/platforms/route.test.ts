import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { platformJson } from '@/lib/api/platform-json';
import { apiRequest, closeApiDatabase, jsonOf, openApiDatabase } from '@/lib/api/testing';
import type { TestDatabase } from '@/lib/db/testing';

let t: TestDatabase;
let route: typeof import('./route');

beforeAll(async () => {
  t = await openApiDatabase();
  route = await import('./route');
});
afterAll(() => closeApiDatabase(t));

describe('/api/v1/platforms', () => {
  it('lists the SIEMs in display order with their detection counts and links', async () => {
    const body = await jsonOf<{ data: Array<ReturnType<typeof platformJson>> }>(
      await route.GET(apiRequest('/api/v1/platforms')),
    );
    expect(body.data.map((p) => [p.slug, p.language, p.detections])).toEqual([
      ['qradar', 'AQL', 3],
      ['splunk', 'SPL', 3],
      ['sentinel', 'KQL', 3],
      ['elastic', 'ES|QL', 3],
    ]);
    expect(body.data[0]).toEqual({
      slug: 'qradar',
      name: 'IBM QRadar',
      shortName: 'QRadar',
      vendor: 'IBM',
      language: 'AQL',
      detections: 3,
      links: { html: '/platforms/qradar', detections: '/api/v1/detections?platform=qradar' },
    });
  });
});
