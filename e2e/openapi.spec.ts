// The API's real answers, through the real `next start` (its proxy, limits and headers included), against the
// OpenAPI document as the server publishes it: every GET endpoint, as anyone and as an editor, and the errors a
// client can meet (400, 401, 404, 422, 429). The vitest twin (app/api/v1/openapi.json/route.test.ts) calls the
// route handlers in-process; this one sees what a client sees.
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { openApiValidator } from '../lib/api/openapi/testing';
import { RATE_LIMITS } from '../lib/rate-limit/limits';
import { urls } from '../lib/urls';
import { fetchAs } from './support/catalog';
import { signIn } from './support/people';
import { freshClient, send } from './support/servers';

test.describe.configure({ mode: 'serial' });

type Check = ReturnType<typeof openApiValidator>;
let check: Check;
let editor: APIRequestContext;
let anonymous: APIRequestContext;
let getOperations: string[] = [];
const seen = new Set<string>();

test.beforeAll(async ({ baseURL }) => {
  const doc = JSON.parse((await fetchAs(urls.api.openapi())).body) as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
  };
  expect(doc.openapi).toBe('3.1.0');
  check = openApiValidator(doc);
  getOperations = Object.entries(doc.paths)
    .filter(([, ops]) => 'get' in ops)
    .map(([path]) => path);
  editor = await playwrightRequest.newContext({ baseURL });
  await signIn(editor, baseURL ?? '', 'editor');
  anonymous = await playwrightRequest.newContext({ baseURL });
});
test.afterAll(async () => {
  await editor?.dispose();
  await anonymous?.dispose();
});

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * `method template` with `params` filled in, sent by `as` (a fresh client by default, so no limit other specs
 * use up refuses it), held to the document; fails naming the call and the body.
 */
async function call(
  method: 'GET' | 'POST',
  template: string,
  {
    params = {},
    query = '',
    as,
    headers = {},
    data,
  }: {
    params?: Record<string, string | number>;
    query?: string;
    as?: APIRequestContext;
    headers?: Record<string, string>;
    data?: unknown;
  } = {},
): Promise<Answer> {
  const path = template.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(String(params[k] ?? '')));
  let answer: { status: number; text: string; headers: Record<string, string> };
  if (as) {
    const res = await as.fetch(`${path}${query}`, { method, headers, data });
    answer = { status: res.status(), text: res.status() === 304 ? '' : await res.text(), headers: res.headers() };
  } else {
    expect(method, 'a fresh client sends GETs').toBe('GET');
    const res = await send({ path: `${path}${query}`, from: freshClient(), headers });
    answer = { status: res.status, text: res.body, headers: res.headers as Record<string, string> };
  }
  const body = answer.text ? JSON.parse(answer.text) : null;
  const what = `${method} ${path}${query} -> ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (body !== null) expect(answer.headers['content-type'], what).toMatch(/^application\/json/);
  expect(check(template, method, answer.status, body), what).toEqual([]);
  seen.add(`${method} ${template} ${answer.status}`);
  return { status: answer.status, body, headers: answer.headers };
}

const data = (a: Answer) => (a.body as { data: Array<Record<string, unknown>> }).data;

test('the catalog reads, as anyone: lists, filters, pages, details and their errors', async () => {
  const list = await call('GET', '/api/v1/detections');
  expect(data(list).length).toBeGreaterThan(0);
  const paged = await call('GET', '/api/v1/detections', { query: '?q=cloud&severity=high&pageSize=2&page=2' });
  expect(data(paged)).toHaveLength(2);
  expect((await call('GET', '/api/v1/detections', { query: '?severity=urgent' })).status).toBe(400);
  expect((await call('GET', '/api/v1/detections', { query: '?pageSize=1000' })).status).toBe(400);

  const imported = data(await call('GET', '/api/v1/detections', { query: '?source=sigmahq&pageSize=1' }))[0];
  for (const slug of ['traffic-duplication', String(imported?.slug)]) {
    const detail = await call('GET', '/api/v1/detections/{slug}', { params: { slug } });
    expect((detail.body as { slug: string }).slug).toBe(slug);
  }
  expect((await call('GET', '/api/v1/detections/{slug}', { params: { slug: 'no-such-detection' } })).status).toBe(404);

  const techniques = await call('GET', '/api/v1/techniques', { query: '?tactic=exfiltration' });
  expect(data(techniques).length).toBeGreaterThan(0);
  await call('GET', '/api/v1/techniques');
  expect((await call('GET', '/api/v1/techniques', { query: '?pageSize=0' })).status).toBe(400);
  for (const id of ['T1020', 'T1020.001'])
    expect((await call('GET', '/api/v1/techniques/{id}', { params: { id } })).status).toBe(200);
  expect((await call('GET', '/api/v1/techniques/{id}', { params: { id: 'T9999' } })).status).toBe(404);
  expect(data(await call('GET', '/api/v1/platforms')).length).toBeGreaterThanOrEqual(4);

  await call('GET', '/api/v1/navigator-layer');
  await call('GET', '/api/v1/navigator-layer', { query: '?technique=T1578&platform=splunk' });
  expect((await call('GET', '/api/v1/navigator-layer', { query: '?technique=T10' })).status).toBe(400);
  expect(data(await call('GET', '/api/v1/changes', { query: '?pageSize=3&page=2' }))).toHaveLength(3);
  await call('GET', '/api/v1/changes', { query: '?source=tripline' });
  expect((await call('GET', '/api/v1/changes', { query: '?page=0' })).status).toBe(400);
  await call('GET', '/api/v1/openapi.json');
});

test('the source and revisions: public source with its ETag, an editor sees history, a bad token is 401', async () => {
  const source = await call('GET', '/api/v1/detections/{slug}/source', { params: { slug: 'traffic-duplication' } });
  const etag = source.headers.etag ?? '';
  expect(etag).not.toBe('');
  const again = await call('GET', '/api/v1/detections/{slug}/source', {
    params: { slug: 'traffic-duplication' },
    headers: { 'if-none-match': etag },
  });
  expect(again.status).toBe(304);
  expect(
    (await call('GET', '/api/v1/detections/{slug}/source', { params: { slug: 'no-such-detection' }, as: editor }))
      .status,
  ).toBe(404);

  const params = { slug: 'traffic-duplication' };
  const history = await call('GET', '/api/v1/detections/{slug}/revisions', { params, as: editor });
  const newest = data(history)[0] as { number: number };
  expect(newest.number).toBeGreaterThanOrEqual(1);
  const one = await call('GET', '/api/v1/detections/{slug}/revisions/{number}', {
    params: { ...params, number: newest.number },
    as: editor,
  });
  expect(one.status).toBe(200);
  expect(
    (
      await call('GET', '/api/v1/detections/{slug}/revisions/{number}', {
        params: { ...params, number: 999 },
        as: editor,
      })
    ).status,
  ).toBe(404);
  expect((await call('GET', '/api/v1/detections/{slug}/revisions', { params, as: anonymous })).status).toBe(401);
  const badToken = { authorization: 'Bearer tl_not-a-real-token' };
  expect(
    (await call('GET', '/api/v1/detections/{slug}/source', { params, as: anonymous, headers: badToken })).status,
  ).toBe(401);
});

test('a document that breaks the rules is 422 with its findings, as described', async ({ baseURL }) => {
  const source = await call('GET', '/api/v1/detections/{slug}/source', { params: { slug: 'cloud-snapshot-created' } });
  const { document } = source.body as { document: Record<string, unknown> };
  const invalid = await call('POST', '/api/v1/detections', {
    as: editor,
    headers: { origin: baseURL ?? '', 'content-type': 'application/json' },
    data: { document: { ...document, slug: `openapi-${Date.now().toString(36)}`, techniques: ['T9999'] } },
  });
  expect(invalid.status).toBe(422);
});

test('past the per-client limit, the list, the layer and the changes answer 429 as described', async () => {
  const client = freshClient();
  const { hits } = RATE_LIMITS.search;
  let refused: Answer | undefined;
  // At most three windows' worth: on a slow machine a burst can straddle a window boundary.
  for (let i = 0; i < 3 * hits + 1 && !refused; i++) {
    const res = await send({ path: `${urls.api.detections()}?q=mirror`, from: client });
    if (res.status !== 200) refused = { status: res.status, body: JSON.parse(res.body), headers: {} };
  }
  expect(refused?.status).toBe(429);
  expect(check('/api/v1/detections', 'GET', 429, refused?.body)).toEqual([]);
  seen.add('GET /api/v1/detections 429');
  for (const template of ['/api/v1/navigator-layer', '/api/v1/changes']) {
    const res = await send({ path: template, from: client });
    expect(res.status, template).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(check(template, 'GET', 429, JSON.parse(res.body)), template).toEqual([]);
    seen.add(`GET ${template} 429`);
  }
});

test('every GET endpoint of the document was answered with 200 above', () => {
  expect(getOperations.length).toBeGreaterThanOrEqual(10);
  expect(getOperations.filter((path) => !seen.has(`GET ${path} 200`))).toEqual([]);
});
