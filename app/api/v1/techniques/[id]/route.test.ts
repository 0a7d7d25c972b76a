import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { techniqueJson } from '@/lib/api/technique-json';
import { apiRequest, closeApiDatabase, expectError, jsonOf, openApiDatabase } from '@/lib/api/testing';
import type { TestDatabase } from '@/lib/db/testing';

type Technique = ReturnType<typeof techniqueJson>;
let t: TestDatabase;
let route: typeof import('./route');
const get = (id: string) => route.GET(apiRequest(`/api/v1/techniques/${id}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  t = await openApiDatabase();
  route = await import('./route');
});
afterAll(() => closeApiDatabase(t));

describe('/api/v1/techniques/[id]', () => {
  it('gives a parent technique with its tactics and sub-techniques, each with its detections', async () => {
    const body = await jsonOf<Technique>(await get('T1020'));
    expect(body).toMatchObject({
      id: 'T1020',
      name: 'Automated Exfiltration',
      parent: null,
      detections: [],
      revoked: false,
    });
    expect(body.tactics).toEqual([{ id: 'TA0010', shortname: 'exfiltration', name: 'Exfiltration' }]);
    expect(body.subTechniques).toEqual([
      {
        id: 'T1020.001',
        name: 'Traffic Duplication',
        detections: ['traffic-duplication'],
        links: { html: '/techniques/T1020.001', api: '/api/v1/techniques/T1020.001' },
      },
    ]);
    expect(body.links).toEqual({ html: '/techniques/T1020', api: '/api/v1/techniques/T1020' });
  });

  it('gives a sub-technique with its parent, whatever the case of the ID', async () => {
    const body = await jsonOf<Technique>(await get('t1020.001'));
    expect(body).toMatchObject({ id: 'T1020.001', detections: ['traffic-duplication'], subTechniques: [] });
    expect(body.parent).toMatchObject({ id: 'T1020', name: 'Automated Exfiltration' });
  });

  it.each(['T9999', 'T1020.999', 'nope', 'T1020\0'])('answers 404 JSON for %j', async (id) => {
    await expectError(await get(id), 404);
  });
});
