import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ruleDocuments } from '../lib/detections/rule-documents';

const RULE = readFileSync('content/detections/traffic-duplication/rule.yml');

test.describe('GET /rules/<slug>.yml', () => {
  test('serves the stored bytes as a YAML attachment with an ETag', async ({ request }) => {
    const res = await request.get('/rules/traffic-duplication.yml');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/yaml; charset=utf-8');
    expect(res.headers()['content-disposition']).toBe('attachment; filename="traffic-duplication.yml"');
    const etag = res.headers().etag;
    expect(etag).toBe(`"${createHash('sha256').update(RULE).digest('hex')}"`);
    expect(Buffer.compare(await res.body(), RULE)).toBe(0);

    const again = await request.get('/rules/traffic-duplication.yml', { headers: { 'if-none-match': etag! } });
    expect(again.status()).toBe(304);
  });

  test('answers HEAD with the same headers and no body', async ({ request }) => {
    const res = await request.head('/rules/traffic-duplication.yml');
    const get = await request.get('/rules/traffic-duplication.yml');
    expect(res.status()).toBe(200);
    for (const h of ['content-type', 'content-disposition', 'etag', 'last-modified'])
      expect(res.headers()[h], h).toBe(get.headers()[h]);
    expect((await res.body()).byteLength).toBe(0);
  });

  test('serves each rule of the file on its own at /rules/<its id>.yml, a complete rule', async ({ request }) => {
    const rules = ruleDocuments(RULE.toString('utf8'));
    expect(rules.length).toBeGreaterThan(1);
    for (const rule of rules) {
      const res = await request.get(`/rules/${rule.id}.yml`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-disposition']).toBe(`attachment; filename="${rule.id}.yml"`);
      const text = (await res.body()).toString('utf8');
      expect(text).toBe(rule.yaml);
      expect(ruleDocuments(text).map((r) => r.id)).toEqual([rule.id]);
    }
  });

  for (const path of [
    '/rules/no-such-rule.yml',
    '/rules/traffic-duplication.yaml',
    '/rules/..%2F..%2Fpackage.json.yml',
    '/rules/%2e%2e%2fpackage.json.yml',
    '/rules/..%5Cpackage.json.yml',
    '/rules/traffic-duplication%00.yml',
    '/rules/traffic-duplication.yml%00',
    '/rules/%2Fetc%2Fpasswd.yml',
    '/rules/../package.json',
    '/rules/..%252Fpackage.json.yml',
  ]) {
    test(`answers 404 for ${path}`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(404);
      expect((await res.text()).includes('"name": "tripline"')).toBe(false);
    });
  }
});
