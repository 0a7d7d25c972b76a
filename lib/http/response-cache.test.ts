import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/roles';
import { addUser } from '../auth/users';
import { forgetProcessAnswers } from '../cache/process-generation';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { getRuleFile } from '../queries/rule-file';
import { ruleHeaders } from '../rules/rule-response';
import { otherDocument, seedCatalog } from '../store/testing';
import {
  approveAndPublish,
  createDetection,
  readSource,
  saveDetection,
  submitForReview,
  unpublishDetection,
} from '../workflow';
import { createResponseCache, FRESH_MS, type ResponseCache, STALE_MS } from './response-cache';

// The cache in front of a real HTTP server whose rule downloads read a real database, as app/rules does: content
// published, changed and withdrawn through the workflow is what the next request gets, however often it was read.

const SLUG = 'cache-one';
const PASSWORD = 'violet ferry 31 lantern grammar';

describe('the response cache in front of the portal', () => {
  let t: TestDatabase;
  let server: Server;
  let base: string;
  let cache: ResponseCache;
  let clock = 1_000_000;
  let handled = 0;
  const people: Record<string, Actor> = {};

  async function handle(req: IncomingMessage, res: ServerResponse) {
    handled++;
    const url = new URL(req.url ?? '/', 'http://x');
    const header = (name: string, value: string) => res.setHeader(name, value);
    if (url.pathname === '/private') {
      header('cache-control', 'private, no-store');
      return res.end(`private ${handled}`);
    }
    if (url.pathname === '/cookie') {
      header('cache-control', 's-maxage=60');
      header('set-cookie', 'a=b');
      return res.end(`cookie ${handled}`);
    }
    if (url.pathname === '/varies') {
      header('cache-control', 's-maxage=60');
      header('vary', 'Cookie');
      return res.end(`varies ${handled}`);
    }
    if (url.pathname === '/api/v1/detections') {
      header('cache-control', 's-maxage=60');
      return res.end(`rate limited ${handled}`);
    }
    const name = url.pathname.match(/^\/rules\/(.+)\.yml$/)?.[1];
    const rule = name ? await getRuleFile(t.db, name) : null;
    if (!rule) {
      res.statusCode = 404;
      return res.end('No such rule.\n');
    }
    const body = Buffer.from(rule.yaml);
    for (const [k, v] of ruleHeaders(rule, body.byteLength)) header(k, v);
    res.end(body);
  }

  async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
    const res = await fetch(`${base}${path}`, { headers, method });
    return { status: res.status, etag: res.headers.get('etag'), body: await res.text(), headers: res.headers };
  }

  async function person(name: string, role: Role) {
    const userId = await addUser(t.db, { email: `${name}@example.com`, name, role, password: PASSWORD });
    people[name] = { userId, email: `${name}@example.com`, name, role, via: 'session' };
  }

  async function publish(title: string) {
    const doc = otherDocument(SLUG, 'c0000001');
    const changed = { ...doc, sigma: doc.sigma.replace('title: Mirror session (AWS)', `title: ${title}`) };
    const exists = await readSource(t.db, SLUG, people.edna!).catch(() => null);
    if (exists) await saveDetection(t.db, people.edna!, SLUG, changed, exists.etag);
    else await createDetection(t.db, people.edna!, changed);
    await submitForReview(t.db, people.edna!, SLUG);
    await approveAndPublish(t.db, people.rico!, SLUG, { ifMatch: (await readSource(t.db, SLUG, people.rico!)).etag });
  }

  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    await seedCatalog(t.db);
    await person('edna', 'editor');
    await person('rico', 'reviewer');
    cache = createResponseCache(() => clock);
    server = createServer((req, res) => {
      if (!cache.serve(req, res)) void handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await t?.drop();
  });

  it('answers a rule download again from memory, with its ETag, a 304 and HEAD', async () => {
    await publish('Mirror session one');
    const first = await get(`/rules/${SLUG}.yml`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('title: Mirror session one');
    const before = handled;
    const again = await get(`/rules/${SLUG}.yml`);
    expect(handled).toBe(before);
    expect(again.body).toBe(first.body);
    expect(again.etag).toBe(first.etag);
    expect(again.headers.get('content-disposition')).toBe(`attachment; filename="${SLUG}.yml"`);
    expect(again.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)));

    const notModified = await get(`/rules/${SLUG}.yml`, { 'if-none-match': first.etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.etag).toBe(first.etag);
    const head = await get(`/rules/${SLUG}.yml`, {}, 'HEAD');
    expect([head.status, head.body, head.etag]).toEqual([200, '', first.etag]);
    expect(handled).toBe(before);
  });

  it('serves a change published through the workflow from the next request on', async () => {
    const old = await get(`/rules/${SLUG}.yml`);
    await publish('Mirror session two');
    const now = await get(`/rules/${SLUG}.yml`);
    expect(now.body).toContain('title: Mirror session two');
    expect(now.etag).not.toBe(old.etag);
    // The old ETag no longer answers 304.
    expect((await get(`/rules/${SLUG}.yml`, { 'if-none-match': old.etag! })).status).toBe(200);
  });

  it('forgets a withdrawn detection at once, and everything when told content changed elsewhere', async () => {
    await get(`/rules/${SLUG}.yml`);
    await unpublishDetection(t.db, people.rico!, SLUG);
    expect((await get(`/rules/${SLUG}.yml`)).status).toBe(404);

    await publish('Mirror session three');
    await get(`/rules/${SLUG}.yml`);
    // An import in another process changes the database and calls /api/revalidate, which says this.
    await t.db.detection.update({ where: { slug: SLUG }, data: { sigmaYaml: 'changed by an import\n' } });
    expect((await get(`/rules/${SLUG}.yml`)).body).toContain('Mirror session three');
    forgetProcessAnswers();
    expect((await get(`/rules/${SLUG}.yml`)).body).toBe('changed by an import\n');
  });

  it('asks the server again once an entry is older than FRESH_MS, then keeps the new answer', async () => {
    await get(`/rules/${SLUG}.yml`);
    const before = handled;
    clock += FRESH_MS - 1;
    await get(`/rules/${SLUG}.yml`);
    expect(handled).toBe(before);
    clock += 1;
    await get(`/rules/${SLUG}.yml`);
    expect(handled).toBe(before + 1);
    await get(`/rules/${SLUG}.yml`);
    expect(handled).toBe(before + 1);
    clock += FRESH_MS + STALE_MS;
    await get(`/rules/${SLUG}.yml`);
    expect(handled).toBe(before + 2);
  });

  it('never keeps what is private, sets a cookie, varies on what it does not key on or is rate limited', async () => {
    for (const path of [
      '/private',
      '/cookie',
      '/varies',
      '/api/v1/detections',
      '/api/v1/%64etections',
      '/rules/none.yml',
    ]) {
      const a = await get(path);
      const b = await get(path);
      expect(a.body === b.body && a.status === 200, path).toBe(false);
    }
  });

  it('keeps requests apart by encoding and passes client navigations and credentials through', async () => {
    await get(`/rules/${SLUG}.yml`);
    const before = handled;
    await get(`/rules/${SLUG}.yml`, { 'accept-encoding': 'gzip' });
    await get(`/rules/${SLUG}.yml`, { rsc: '1' });
    await get(`/rules/${SLUG}.yml`, { authorization: 'Bearer tl_x' });
    expect(handled).toBe(before + 3);
  });
});
