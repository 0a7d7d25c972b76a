// The OpenAPI document against the real API on both databases: every route file is described, and the answers of
// every endpoint (reads, the write API's whole review flow, and their errors) are what the document says.
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiValidator } from '@/lib/api/openapi/testing';
import { closeApiDatabase, openApiDatabase } from '@/lib/api/testing';
import { createToken } from '@/lib/auth/tokens';
import { addUser } from '@/lib/auth/users';
import { contentGeneration } from '@/lib/cache/generation';
import { PROVIDERS, type TestDatabase } from '@/lib/db/testing';
import { VALID_RULE } from '@/lib/sigma/test-support';

const API = join(process.cwd(), 'app/api/v1');

// Approving and unpublishing revalidate Next's page cache, which exists only inside a running Next; here the call is
// recorded instead, and the test checks it was made.
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => revalidated.push(path) }));
// So is `after` (work once the response has ended: the content generation proxies read): here it runs at once.
const afterResponse = vi.hoisted(() => [] as Array<Promise<unknown>>);
vi.mock('next/server', async (original) => ({
  ...(await original<typeof import('next/server')>()),
  after: (task: () => unknown) => afterResponse.push(Promise.resolve().then(task)),
}));

/** app/api/v1/detections/[slug]/route.ts -> /api/v1/detections/{slug}; the catch-all 404 is no endpoint. */
function routeTemplates(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  return walk(API)
    .filter((f) => f.endsWith('route.ts') && !f.includes('[[...'))
    .map((f) =>
      `/api/v1/${relative(API, f).replace(/\/?route\.ts$/, '')}`.replace(/\[(\w+)\]/g, '{$1}').replace(/\/$/, ''),
    )
    .sort();
}

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

describe.each(PROVIDERS)('/api/v1/openapi.json on %s', (provider) => {
  let t: TestDatabase;
  const check = openApiValidator();
  const tokens: Record<string, string> = {};
  const routes: Record<string, Record<string, Handler>> = {};
  const seen = new Set<string>();

  /** Calls the route of `template` as Next would, and holds the answer to the document. */
  async function call(
    method: string,
    template: string,
    {
      params = {},
      query = '',
      token,
      body,
      headers = {},
    }: {
      params?: Record<string, string>;
      query?: string;
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
    } = {},
  ): Promise<{ status: number; body: unknown; headers: Headers }> {
    const path = template.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
    const init: RequestInit = { method, headers: { ...headers } };
    if (token) (init.headers as Record<string, string>).authorization = `Bearer ${token}`;
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const handler = routes[template]?.[method];
    if (!handler) throw new Error(`no ${method} handler for ${template}`);
    const res = await handler(new Request(`http://localhost${path}${query}`, init), {
      params: Promise.resolve(params),
    });
    const text = res.status === 304 ? '' : await res.text();
    const parsed = text ? JSON.parse(text) : null;
    expect(
      check(template, method, res.status, parsed),
      `${method} ${path}${query} -> ${res.status}: ${text.slice(0, 300)}`,
    ).toEqual([]);
    seen.add(`${method} ${template} ${res.status}`);
    return { status: res.status, body: parsed, headers: res.headers };
  }

  beforeAll(async () => {
    t = await openApiDatabase(provider);
    for (const template of routeTemplates()) {
      const file = `./${template.replace('/api/v1/', '').replace(/\{(\w+)\}/g, '[$1]')}/route`.replace(
        '/openapi.json/',
        '/openapi.json/',
      );
      routes[template] = (await import(/* @vite-ignore */ join(API, file.slice(2)))) as Record<string, Handler>;
    }
    for (const [name, role] of [
      ['editor', 'editor'],
      ['reviewer', 'reviewer'],
    ] as const) {
      const userId = await addUser(t.db, {
        email: `${name}@example.com`,
        name,
        role,
        password: 'violet ferry 31 lantern grammar',
      });
      tokens[name] = (await createToken(t.db, userId, 'openapi test')).token;
    }
  });
  afterAll(() => closeApiDatabase(t));

  it('describes every route under /api/v1, and is itself served', async () => {
    const doc = (await call('GET', '/api/v1/openapi.json')).body as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(routeTemplates());
  });

  it('answers the catalog reads as described, errors included', async () => {
    await call('GET', '/api/v1/detections');
    await call('GET', '/api/v1/detections', { query: '?q=cloud&pageSize=1&page=2' });
    expect((await call('GET', '/api/v1/detections', { query: '?severity=urgent' })).status).toBe(400);
    await call('GET', '/api/v1/detections/{slug}', { params: { slug: 'traffic-duplication' } });
    expect((await call('GET', '/api/v1/detections/{slug}', { params: { slug: 'nope' } })).status).toBe(404);
    await call('GET', '/api/v1/techniques', { query: '?tactic=exfiltration' });
    expect((await call('GET', '/api/v1/techniques', { query: '?pageSize=0' })).status).toBe(400);
    await call('GET', '/api/v1/techniques/{id}', { params: { id: 'T1020' } });
    expect((await call('GET', '/api/v1/techniques/{id}', { params: { id: 'T9999' } })).status).toBe(404);
    await call('GET', '/api/v1/platforms');
    await call('GET', '/api/v1/navigator-layer', { query: '?platform=splunk' });
    expect((await call('GET', '/api/v1/navigator-layer', { query: '?technique=x' })).status).toBe(400);
    await call('GET', '/api/v1/changes');
    expect((await call('GET', '/api/v1/changes', { query: '?page=0' })).status).toBe(400);
  });

  it('answers the Sigma playground as described', async () => {
    await call('POST', '/api/v1/sigma/validate', { body: { sigma: VALID_RULE } });
    await call('POST', '/api/v1/sigma/validate', { body: { sigma: 'title: [' } });
    expect((await call('POST', '/api/v1/sigma/validate', { body: { nope: 1 } })).status).toBe(400);
    await call('POST', '/api/v1/sigma/match', { body: { sigma: VALID_RULE, events: [{ eventName: 'x' }] } });
    expect((await call('POST', '/api/v1/sigma/match', { body: { sigma: 'title: x', events: [] } })).status).toBe(422);
    await call('POST', '/api/v1/sigma/convert', { body: { sigma: VALID_RULE } });
    await call('POST', '/api/v1/sigma/convert', { body: { sigma: VALID_RULE, targets: ['splunk'] } });
    expect(
      (await call('POST', '/api/v1/sigma/convert', { body: { sigma: VALID_RULE, targets: ['nope'] } })).status,
    ).toBe(400);
  });

  it('answers the write API’s review flow and every refusal as described', async () => {
    const read = await call('GET', '/api/v1/detections/{slug}/source', {
      params: { slug: 'traffic-duplication' },
      token: tokens.editor,
    });
    // A new detection from a shipped one: its own slug, and new Sigma rule ids (consistently replaced).
    const ids = new Map<string, string>();
    const document = JSON.parse(
      JSON.stringify((read.body as { document: unknown }).document)
        .replace(
          /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
          (id) => ids.get(id) ?? ids.set(id, randomUUID()).get(id) ?? id,
        )
        .replaceAll('"slug":"traffic-duplication"', '"slug":"openapi-flow"'),
    );
    const slug = { slug: 'openapi-flow' };
    expect((await call('POST', '/api/v1/detections', { body: { document } })).status).toBe(401);
    const created = await call('POST', '/api/v1/detections', {
      body: { document, message: 'new' },
      token: tokens.editor,
    });
    expect(created.status).toBe(201);
    expect((await call('POST', '/api/v1/detections', { body: { document }, token: tokens.editor })).status).toBe(409);
    expect(
      (
        await call('POST', '/api/v1/detections', {
          body: { document: { ...document, slug: 'openapi-bad', techniques: ['T0'] } },
          token: tokens.editor,
        })
      ).status,
    ).toBe(422);
    const source = await call('GET', '/api/v1/detections/{slug}/source', { params: slug, token: tokens.editor });
    const etag = source.headers.get('etag') ?? '';
    expect(
      (
        await call('GET', '/api/v1/detections/{slug}/source', {
          params: slug,
          token: tokens.editor,
          headers: { 'if-none-match': etag },
        })
      ).status,
    ).toBe(304);
    const edited = { document: { ...document, summary: 'Edited through the API.' }, message: 'edit' };
    expect(
      (await call('PUT', '/api/v1/detections/{slug}/source', { params: slug, token: tokens.editor, body: edited }))
        .status,
    ).toBe(428);
    expect(
      (
        await call('PUT', '/api/v1/detections/{slug}/source', {
          params: slug,
          token: tokens.editor,
          body: edited,
          headers: { 'if-match': '"stale"' },
        })
      ).status,
    ).toBe(412);
    expect(
      (
        await call('PUT', '/api/v1/detections/{slug}/source', {
          params: slug,
          token: tokens.editor,
          body: edited,
          headers: { 'if-match': etag },
        })
      ).status,
    ).toBe(200);
    expect(
      (await call('POST', '/api/v1/detections/{slug}/submit', { params: slug, token: tokens.editor })).status,
    ).toBe(200);
    expect((await call('POST', '/api/v1/detections/{slug}/submit', { params: slug })).status).toBe(401);
    // What the reviewer read: approving names it.
    const reviewed = (
      await call('GET', '/api/v1/detections/{slug}/source', { params: slug, token: tokens.reviewer })
    ).headers.get('etag');
    const approve = (token: string | undefined, ifMatch?: string | null) =>
      call('POST', '/api/v1/detections/{slug}/approve', {
        params: slug,
        token,
        headers: ifMatch ? { 'if-match': ifMatch } : {},
      });
    expect((await approve(tokens.editor, reviewed)).status).toBe(403);
    const missing = await approve(tokens.reviewer);
    expect(missing.status).toBe(428);
    expect(missing.body).toEqual({
      error: { code: 'precondition_required', message: expect.stringMatching(/^send If-Match with the ETag/) },
    });
    expect(missing.headers.get('etag')).toBeNull();
    expect((await approve(tokens.reviewer, '*')).status).toBe(428);
    expect((await approve(tokens.reviewer, '"stale"')).status).toBe(412);
    const generation = await contentGeneration(t.db);
    // The list is cached for everyone (lib/search/cached-search.ts): asked before the approve, it must not stay.
    const listed = async () =>
      (
        (await call('GET', '/api/v1/detections', { query: '?q=openapi-flow' })).body as {
          data: Array<{ slug: string }>;
        }
      ).data.map((d) => d.slug);
    expect(await listed()).not.toContain('openapi-flow');
    expect((await approve(tokens.reviewer, reviewed)).status).toBe(200);
    await Promise.all(afterResponse);
    expect(revalidated).toContain('/');
    expect(await listed()).toContain('openapi-flow');
    expect(await contentGeneration(t.db)).not.toBe(generation);
    expect((await approve(tokens.reviewer, reviewed)).status).toBe(409);
    expect(
      (await call('GET', '/api/v1/detections/{slug}/revisions', { params: slug, token: tokens.editor })).status,
    ).toBe(200);
    expect(
      (
        await call('GET', '/api/v1/detections/{slug}/revisions/{number}', {
          params: { ...slug, number: '1' },
          token: tokens.editor,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('GET', '/api/v1/detections/{slug}/revisions/{number}', {
          params: { ...slug, number: '99' },
          token: tokens.editor,
        })
      ).status,
    ).toBe(404);
    expect(
      (await call('POST', '/api/v1/detections/{slug}/unpublish', { params: slug, token: tokens.editor })).status,
    ).toBe(403);
    expect(
      (await call('POST', '/api/v1/detections/{slug}/unpublish', { params: slug, token: tokens.reviewer })).status,
    ).toBe(200);
    expect(
      (
        await call('POST', '/api/v1/detections/{slug}/restore', {
          params: slug,
          token: tokens.editor,
          query: '?revision=1',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call('POST', '/api/v1/detections/{slug}/restore', {
          params: slug,
          token: tokens.editor,
          query: '?revision=x',
        })
      ).status,
    ).toBe(400);
    expect(
      (await call('GET', '/api/v1/detections/{slug}/source', { params: { slug: 'nope' }, token: tokens.editor }))
        .status,
    ).toBe(404);
    // The withdrawal is in the change feed, described too.
    const changes = await call('GET', '/api/v1/changes', { query: '?q=openapi-flow' });
    expect((changes.body as { data: { kind: string }[] }).data.map((c) => c.kind)).toEqual(['withdrawn', 'added']);
  });

  it('was held to every status the write API answers with', () => {
    for (const status of [201, 304, 401, 403, 404, 409, 412, 422, 428])
      expect(
        [...seen].some((s) => s.endsWith(` ${status}`)),
        `no answer with ${status} was checked`,
      ).toBe(true);
  });
});
