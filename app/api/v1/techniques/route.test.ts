import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { techniqueSummaryJson } from '@/lib/api/technique-json';
import { apiRequest, closeApiDatabase, expectError, jsonOf, openApiDatabase, type Paged } from '@/lib/api/testing';
import { loadAttackCatalog } from '@/lib/attack/catalog';
import type { TestDatabase } from '@/lib/db/testing';

type Technique = ReturnType<typeof techniqueSummaryJson>;
const catalog = loadAttackCatalog('content/attack/enterprise-attack.json');
const active = catalog.techniques.filter((x) => !x.revoked && !x.deprecated);
let t: TestDatabase;
let route: typeof import('./route');
const get = (qs = '') => route.GET(apiRequest(`/api/v1/techniques${qs}`));
const list = async (qs = '') => jsonOf<Paged<Technique>>(await get(qs));

beforeAll(async () => {
  t = await openApiDatabase();
  route = await import('./route');
});
afterAll(() => closeApiDatabase(t));

describe('/api/v1/techniques', () => {
  it('pages through the active techniques in ID order', async () => {
    const body = await list();
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: active.length });
    expect(body.data).toHaveLength(20);
    expect(body.links.next).toBe('/api/v1/techniques?page=2');
    const ids = body.data.map((x) => x.id);
    expect(ids).toEqual([...ids].sort());
    const last = await list(`?pageSize=100&page=${Math.ceil(active.length / 100)}`);
    expect(last.links.next).toBeNull();
    expect(last.data.length).toBe(active.length % 100 || 100);
  });

  it('filters by tactic and counts the published detections of each technique', async () => {
    const body = await list('?tactic=exfiltration&pageSize=100');
    const expected = active.filter((x) => x.tactics.includes('exfiltration'));
    expect(body.total).toBe(expected.length);
    expect(body.data.every((x) => x.tactics.includes('exfiltration'))).toBe(true);
    expect(body.data.find((x) => x.id === 'T1020.001')).toEqual({
      id: 'T1020.001',
      name: 'Traffic Duplication',
      url: 'https://attack.mitre.org/techniques/T1020/001/',
      parent: 'T1020',
      tactics: ['exfiltration'],
      detections: 1,
      links: { html: '/techniques/T1020.001', api: '/api/v1/techniques/T1020.001' },
    });
    expect(body.data.find((x) => x.id === 'T1020')?.detections).toBe(0);
  });

  it('gives an empty page for a tactic that does not exist, and ignores parameters it does not take', async () => {
    expect(await list('?tactic=no-such-tactic')).toMatchObject({ total: 0, data: [] });
    expect((await list('?severity=urgent&pageSize=1')).data).toHaveLength(1);
  });

  it.each([
    ['?tactic=Not%20A%20Slug', 'tactic'],
    ['?page=0', 'page'],
    ['?pageSize=500', 'pageSize'],
  ])('refuses %s with 400 naming %s', async (qs, field) => {
    await expectError(await get(qs), 400, field);
  });
});
