// The write API over HTTP against next start, for every mutation and every role: who may do what, what a stale or
// missing ETag gets (on a save and on an approval), what an invalid document gets, and that drafts stay private.
import { execFileSync } from 'node:child_process';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { freshDocument } from './support/documents';
import { type Person, signIn } from './support/people';

test.describe.configure({ mode: 'serial' });

const SLUG = `authoring-${Date.now().toString(36)}`;
let base = '';
const as: Partial<Record<Person | 'anonymous', APIRequestContext>> = {};
const headersFor = () => ({ origin: base, 'content-type': 'application/json' });

test.beforeAll(async ({ baseURL }) => {
  base = baseURL ?? '';
  for (const who of ['editor', 'editor2', 'reviewer', 'admin'] as const) {
    as[who] = await playwrightRequest.newContext({ baseURL: base });
    await signIn(as[who] as APIRequestContext, base, who);
  }
  as.anonymous = await playwrightRequest.newContext({ baseURL: base });
});
test.afterAll(async () => {
  for (const ctx of Object.values(as)) await ctx?.dispose();
});
const ctx = (who: Person | 'anonymous') => as[who] as APIRequestContext;

test('creating: anonymous 401, an invalid document 422 with every finding, an editor 201 with Location and ETag', async () => {
  const document = await freshDocument(ctx('anonymous'), SLUG);
  const anonymous = await ctx('anonymous').post('/api/v1/detections', { data: { document }, headers: headersFor() });
  expect(anonymous.status()).toBe(401);

  const broken = {
    ...document,
    techniques: ['T9999'],
    sigma: String(document.sigma).replace(/^level: \w+/m, 'level: severe'),
  };
  const invalid = await ctx('editor').post('/api/v1/detections', { data: { document: broken }, headers: headersFor() });
  expect(invalid.status()).toBe(422);
  const findings = (await invalid.json()).error.findings as Array<{ code: string; field: string; line: number }>;
  expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['UNKNOWN_TECHNIQUE']));
  expect(findings.find((f) => f.field === 'sigma' && f.code.startsWith('SCHEMA'))?.line).toBeGreaterThan(1);

  const created = await ctx('editor').post('/api/v1/detections', {
    data: { document, message: 'first' },
    headers: headersFor(),
  });
  expect(created.status(), await created.text()).toBe(201);
  expect(created.headers().location).toBe(`/api/v1/detections/${SLUG}/source`);
  expect(created.headers().etag).toMatch(/^".+\.r1"$/);
});

test('drafts stay private: source, page, download and search know nothing of them without an editor', async () => {
  expect((await ctx('anonymous').get(`/api/v1/detections/${SLUG}/source`)).status()).toBe(404);
  expect((await ctx('anonymous').get(`/detections/${SLUG}`)).status()).toBe(404);
  expect((await ctx('anonymous').get(`/rules/${SLUG}.yml`)).status()).toBe(404);
  const search = await ctx('anonymous').get(`/api/v1/detections?q=${SLUG}`);
  expect((await search.json()).total).toBe(0);
  expect((await ctx('editor2').get(`/api/v1/detections/${SLUG}/source`)).status()).toBe(200);
});

test('saving: 428 without If-Match, 412 with a stale one (with the current ETag), 200 with the right one', async () => {
  const first = await ctx('editor').get(`/api/v1/detections/${SLUG}/source`);
  const etag = first.headers().etag ?? '';
  const { document } = await first.json();
  const url = `/api/v1/detections/${SLUG}/source`;
  const none = await ctx('editor').put(url, { data: { document }, headers: headersFor() });
  expect(none.status()).toBe(428);
  const mine = await ctx('editor').put(url, {
    data: { document: { ...document, summary: 'Edited by the first editor.' } },
    headers: { ...headersFor(), 'if-match': etag },
  });
  expect(mine.status()).toBe(200);
  const theirs = await ctx('editor2').put(url, {
    data: { document: { ...document, summary: 'Edited by the second editor.' } },
    headers: { ...headersFor(), 'if-match': etag },
  });
  expect(theirs.status()).toBe(412);
  expect(theirs.headers().etag).toBe(mine.headers().etag);
  expect((await theirs.json()).error.message).toMatch(/someone saved/);
});

test('cross-site requests riding a session cookie are refused; a bearer token needs no Origin', async () => {
  const res = await ctx('editor').post(`/api/v1/detections/${SLUG}/submit`, {
    headers: { origin: 'https://evil.example' },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toMatch(/cross-site/);
  const token = execFileSync(
    'npx',
    ['tsx', 'scripts/token-create.ts', '--email', 'edna.editor@example.com', '--name', 'e2e'],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .at(-1);
  // A new client: the shared ones sat idle while the command ran, past the server's keep-alive timeout, and reusing
  // a socket the server is closing at that moment is a connection reset, not an answer.
  const pipeline = await playwrightRequest.newContext({ baseURL: base });
  const withToken = await pipeline.get(`/api/v1/detections/${SLUG}/revisions`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(withToken.status()).toBe(200);
  expect((await withToken.json()).data.map((r: { number: number }) => r.number)).toEqual([2, 1]);
  const badToken = await pipeline.get(`/api/v1/detections/${SLUG}/revisions`, {
    headers: { authorization: 'Bearer tl_not-a-real-token' },
  });
  expect(badToken.status()).toBe(401);
  await pipeline.dispose();
});

/** The ETag of the source `who` reads: what an approval names as If-Match. */
const reviewedEtag = async (who: Person) =>
  (await ctx(who).get(`/api/v1/detections/${SLUG}/source`)).headers().etag ?? '';

test('review: nobody approves unsubmitted work, nor their own, nor without naming the revision read; a reviewer publishes', async () => {
  const approve = async (who: Person, data?: unknown, ifMatch?: string) =>
    ctx(who).post(`/api/v1/detections/${SLUG}/approve`, {
      headers: { origin: base, 'if-match': ifMatch ?? (await reviewedEtag(who)) },
      ...(data ? { data } : {}),
    });
  expect((await approve('reviewer')).status()).toBe(409);
  expect((await ctx('anonymous').post(`/api/v1/detections/${SLUG}/submit`)).status()).toBe(401);
  expect((await ctx('editor').post(`/api/v1/detections/${SLUG}/submit`, { headers: { origin: base } })).status()).toBe(
    200,
  );
  expect((await approve('editor')).status()).toBe(403);
  expect((await approve('editor2')).status()).toBe(403);
  expect((await ctx('anonymous').post(`/api/v1/detections/${SLUG}/approve`)).status()).toBe(401);
  // Without If-Match (or with *), nothing is published: the reviewer must name the revision they read.
  const unnamed = await ctx('reviewer').post(`/api/v1/detections/${SLUG}/approve`, { headers: { origin: base } });
  expect(unnamed.status()).toBe(428);
  expect((await unnamed.json()).error).toMatchObject({
    code: 'precondition_required',
    message: expect.stringContaining('If-Match'),
  });
  expect((await approve('reviewer', undefined, '*')).status()).toBe(428);
  expect((await approve('reviewer', undefined, '"not-this-revision"')).status()).toBe(412);
  expect((await ctx('anonymous').get(`/detections/${SLUG}`)).status()).toBe(404);
  const published = await approve('reviewer');
  expect(published.status(), await published.text()).toBe(200);
  // Published now, and the next anonymous request sees it.
  const page = await ctx('anonymous').get(`/detections/${SLUG}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain('Edited by the first editor.');
});

/** What anyone reads of it, asked twice so that any cache in front of the portal holds it. */
async function publicReads() {
  const reads = async () => ({
    api: await ctx('anonymous').get(`/api/v1/detections/${SLUG}`),
    rule: await ctx('anonymous').get(`/rules/${SLUG}.yml`),
  });
  await reads();
  return reads();
}

test('an admin publishes their own change only by saying so, and the revision records it', async () => {
  const source = await ctx('admin').get(`/api/v1/detections/${SLUG}/source`);
  const { document } = await source.json();
  const before = await publicReads();
  expect((await before.api.json()).summary).toBe('Edited by the first editor.');
  expect(before.api.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  const edited = {
    ...document,
    summary: 'Edited by the admin.',
    sigma: String(document.sigma).replace(/^title: .*$/m, 'title: Retitled by the admin'),
  };
  const saved = await ctx('admin').put(`/api/v1/detections/${SLUG}/source`, {
    data: { document: edited, message: 'admin edit' },
    headers: { ...headersFor(), 'if-match': source.headers().etag ?? '' },
  });
  expect(saved.status()).toBe(200);
  await ctx('admin').post(`/api/v1/detections/${SLUG}/submit`, { headers: { origin: base } });
  const reviewed = saved.headers().etag ?? '';
  const plain = await ctx('admin').post(`/api/v1/detections/${SLUG}/approve`, {
    headers: { origin: base, 'if-match': reviewed },
  });
  expect(plain.status()).toBe(403);
  expect((await plain.json()).error.message).toMatch(/selfApprove/);
  const explicit = await ctx('admin').post(`/api/v1/detections/${SLUG}/approve`, {
    headers: { ...headersFor(), 'if-match': reviewed },
    data: { selfApprove: true },
  });
  expect(explicit.status()).toBe(200);
  // Published: the API and the download answer with it at once, under new ETags.
  const after = await publicReads();
  expect((await after.api.json()).summary).toBe('Edited by the admin.');
  expect(await after.rule.text()).toMatch(/^title: Retitled by the admin$/m);
  expect(after.api.headers().etag).not.toBe(before.api.headers().etag);
  expect(after.rule.headers().etag).not.toBe(before.rule.headers().etag);
  const stale = await ctx('anonymous').get(`/rules/${SLUG}.yml`, {
    headers: { 'if-none-match': before.rule.headers().etag ?? '' },
  });
  expect(stale.status()).toBe(200);
  const current = await ctx('anonymous').get(`/api/v1/detections/${SLUG}`, {
    headers: { 'if-none-match': after.api.headers().etag ?? '' },
  });
  expect(current.status()).toBe(304);
  const history = await (await ctx('reviewer').get(`/api/v1/detections/${SLUG}/revisions`)).json();
  expect(history.data[0]).toMatchObject({
    number: 3,
    selfApproved: true,
    approvedBy: 'ada.admin@example.com',
    published: true,
  });
});

test('restore makes a new revision; only reviewers and admins unpublish, which takes the page down at once', async () => {
  const restored = await ctx('editor').post(`/api/v1/detections/${SLUG}/restore?revision=1`, {
    headers: { origin: base },
  });
  expect(restored.status()).toBe(200);
  expect((await restored.json()).revision).toBe(4);
  expect(
    (await ctx('editor').post(`/api/v1/detections/${SLUG}/unpublish`, { headers: { origin: base } })).status(),
  ).toBe(403);
  expect((await ctx('anonymous').post(`/api/v1/detections/${SLUG}/unpublish`)).status()).toBe(401);
  const before = await publicReads();
  expect([before.api.status(), before.rule.status()]).toEqual([200, 200]);
  expect(
    (await ctx('reviewer').post(`/api/v1/detections/${SLUG}/unpublish`, { headers: { origin: base } })).status(),
  ).toBe(200);
  expect((await ctx('anonymous').get(`/detections/${SLUG}`)).status()).toBe(404);
  const after = await publicReads();
  expect([after.api.status(), after.rule.status()]).toEqual([404, 404]);
});

test('imported rules are read-only here', async () => {
  const imported = await ctx('anonymous').get('/api/v1/detections?source=sigmahq&pageSize=1');
  const slug = (await imported.json()).data[0].slug as string;
  const source = await ctx('editor').get(`/api/v1/detections/${slug}/source`);
  expect((await source.json()).meta.editable).toBe(false);
  const put = await ctx('editor').put(`/api/v1/detections/${slug}/source`, {
    data: { document: (await source.json()).document },
    headers: { ...headersFor(), 'if-match': source.headers().etag ?? '' },
  });
  expect(put.status()).toBe(409);
  expect((await put.json()).error.code).toBe('read_only');
});
