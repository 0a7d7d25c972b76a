// The change feeds on both databases, over real changes made through the store: GET /api/v1/changes (JSON, paged)
// and GET /changes.atom (Atom 1.0), newest first, filtered like search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest, closeApiDatabase, expectError, jsonOf, openApiDatabase, type Paged } from '@/lib/api/testing';
import { PROVIDERS, type TestDatabase } from '@/lib/db/testing';
import { documentOfSnapshot } from '@/lib/detections/snapshot';
import { atomProblems, childNamed, childrenNamed, parseXml } from '@/lib/feeds/testing';
import { unpublish, writeDetections } from '@/lib/store';

interface Change {
  id: number;
  entryId: string;
  kind: string;
  revision: number;
  at: string;
  message: string | null;
  detection: { slug: string; title: string; published: boolean; techniques: string[] };
  links: Record<string, string> | null;
}

describe.each(PROVIDERS)('the change feeds on %s', (provider) => {
  let t: TestDatabase;
  let api: typeof import('./route');
  let atom: typeof import('../../../changes.atom/route');
  const list = async (qs = '') => jsonOf<Paged<Change>>(await api.GET(apiRequest(`/api/v1/changes${qs}`)));
  const feed = async (qs = '') => {
    const res = await atom.GET(new Request(`http://localhost/changes.atom${qs}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    return parseXml(await res.text());
  };
  const summary = (b: Paged<Change>) => b.data.map((c) => `${c.kind} ${c.detection.slug} ${c.revision}`);

  beforeAll(async () => {
    t = await openApiDatabase(provider);
    api = await import('./route');
    atom = await import('../../../changes.atom/route');
    // A change made public, then a withdrawal, a second later each, after the import added the three.
    const d = await t.db.detection.findUniqueOrThrow({
      where: { slug: 'traffic-duplication' },
      include: { revisions: { orderBy: { number: 'desc' }, take: 1 } },
    });
    const document = { ...documentOfSnapshot(d.revisions[0]?.snapshot), title: 'Traffic Duplication, revised' };
    const later = (s: number) => new Date(Date.now() + s * 1000);
    await t.db.$transaction((tx) =>
      writeDetections(
        tx,
        [{ document, source: 'tripline', channel: 'api', message: 'Sharper title', mode: 'publish' }],
        later(1),
      ),
    );
    const snapshot = await t.db.detection.findUniqueOrThrow({ where: { slug: 'cloud-snapshot-created' } });
    await t.db.$transaction((tx) => unpublish(tx, snapshot.id, later(2)));
  });
  afterAll(() => closeApiDatabase(t));

  it('lists additions, changes and withdrawals newest first, with revisions, dates and messages', async () => {
    const body = await list();
    expect(body.total).toBe(5);
    expect(summary(body).slice(0, 2)).toEqual(['withdrawn cloud-snapshot-created 1', 'changed traffic-duplication 2']);
    expect(summary(body).slice(2).sort()).toEqual([
      'added cloud-logging-disabled 1',
      'added cloud-snapshot-created 1',
      'added traffic-duplication 1',
    ]);
    const [withdrawn, changed] = body.data;
    expect(withdrawn).toMatchObject({ message: null, links: null, detection: { published: false } });
    expect(changed).toMatchObject({
      message: 'Sharper title',
      detection: { title: 'Traffic Duplication, revised', published: true, techniques: ['T1020.001'] },
      links: { html: '/detections/traffic-duplication', rule: '/rules/traffic-duplication.yml' },
    });
    expect(Date.parse(withdrawn?.at ?? '')).toBeGreaterThan(Date.parse(changed?.at ?? ''));
    expect(changed?.entryId).toMatch(/^tag:tripline,2026:change\/\w+\/\d+$/);
  });

  it('filters like search, withdrawn detections included, and pages', async () => {
    expect(summary(await list('?technique=T1578'))).toEqual([
      'withdrawn cloud-snapshot-created 1',
      'added cloud-snapshot-created 1',
    ]);
    expect(summary(await list('?q=revised'))).toEqual(['changed traffic-duplication 2', 'added traffic-duplication 1']);
    const first = await list('?pageSize=2');
    expect(first.links.next).toBe('/api/v1/changes?pageSize=2&page=2');
    const second = await list('?pageSize=2&page=2');
    expect(second.data.map((c) => c.id)).not.toContain(first.data[0]?.id);
  });

  it('refuses a bad filter by name', async () => {
    await expectError(await api.GET(apiRequest('/api/v1/changes?severity=urgent')), 400, 'severity');
    await expectError(await api.GET(apiRequest('/api/v1/changes?pageSize=500')), 400, 'pageSize');
  });

  it('is the same story as a valid Atom 1.0 feed', async () => {
    const xml = await feed();
    expect(atomProblems(xml)).toEqual([]);
    const entries = childrenNamed(xml, 'entry');
    expect(entries).toHaveLength(5);
    expect(entries.slice(0, 2).map((e) => childNamed(e, 'title')?.text)).toEqual([
      'Withdrawn: Cloud Snapshot Created',
      'Changed: Traffic Duplication, revised',
    ]);
    const json = await list();
    expect(entries.map((e) => childNamed(e, 'id')?.text)).toEqual(json.data.map((c) => c.entryId));
    const filtered = await feed('?severity=medium');
    expect(atomProblems(filtered)).toEqual([]);
    expect(childNamed(filtered, 'title')?.text).toBe('Tripline changes: severity medium');
    const bad = await atom.GET(new Request('http://localhost/changes.atom?technique=T1'));
    expect(bad.status).toBe(400);
  });
});
