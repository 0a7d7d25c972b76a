// The download route on a real database, called as Next calls it: same bytes, headers, ETag, HEAD, and 404 for tricks.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '@/lib/content/import';
import { TEST_CONTENT } from '@/lib/content/testing';
import { disconnect } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '@/lib/db/testing';

const RULE = readFileSync(`${TEST_CONTENT}/detections/mirror-test/rule.yml`);
let t: TestDatabase;
let route: typeof import('./route');

beforeAll(async () => {
  t = await createTestDatabase('sqlite');
  expect((await importContent(t.db, TEST_CONTENT)).ok).toBe(true);
  process.env.DATABASE_URL = t.url;
  route = await import('./route');
});
afterAll(async () => {
  await disconnect();
  await t?.drop();
});

const call = (method: 'GET' | 'HEAD', file: string, headers: Record<string, string> = {}) =>
  route[method](new Request(`http://localhost/rules/${file}`, { method, headers }), {
    params: Promise.resolve({ file }),
  });

describe('/rules/[file]', () => {
  it('serves the stored rule byte for byte as a YAML attachment', async () => {
    const res = await call('GET', 'mirror-test.yml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mirror-test.yml"');
    expect(res.headers.get('etag')).toBe(`"${createHash('sha256').update(RULE).digest('hex')}"`);
    expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), RULE)).toBe(0);
  });

  it('finds it by Sigma id, answers HEAD without a body and 304 to a matching ETag', async () => {
    const byId = await call('GET', '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f.yml');
    expect(Buffer.compare(Buffer.from(await byId.arrayBuffer()), RULE)).toBe(0);
    const head = await call('HEAD', 'mirror-test.yml');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(RULE.byteLength));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const cached = await call('GET', 'mirror-test.yml', { 'if-none-match': byId.headers.get('etag')! });
    expect(cached.status).toBe(304);
  });

  it.each([
    'nope.yml',
    'mirror-test.yaml',
    '../mirror-test.yml',
    '..%2Fpackage.json.yml',
    'mirror-test\0.yml',
    '/etc/passwd.yml',
  ])('answers 404 for %j', async (file) => {
    const res = await call('GET', file);
    expect(res.status).toBe(404);
  });
});
