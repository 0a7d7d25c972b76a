import { expect, test } from '@playwright/test';
import { PAGE_BUDGETS } from '../lib/perf/budgets';

// The deterministic half of "light pages" (issue 10, point 7): the HTML each public page sends. Lighthouse's half
// (score, blocking time) depends on the machine and stays a command: npm run lighthouse.
for (const budget of PAGE_BUDGETS) {
  const limit = budget.maxHtmlBytes;
  if (limit === undefined) continue;
  test(`${budget.name} (${budget.path}) sends at most ${limit} bytes of HTML`, async ({ request }) => {
    const res = await request.get(budget.path);
    expect(res.status()).toBe(200);
    const bytes = (await res.body()).length;
    expect(bytes, `${budget.path} sent ${bytes} bytes`).toBeLessThanOrEqual(limit);
  });
}

test('the public pages are documents: no React payload, no framework script, one small script of our own', async ({
  page,
  request,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
  const scripts = new Set<string>();
  for (const budget of PAGE_BUDGETS) {
    const html = await (await request.get(budget.path)).text();
    expect(html, budget.path).not.toContain('__next_f');
    expect(html, budget.path).not.toMatch(/<script[^>]*>[^<]/);
    await page.goto(budget.path);
    await page.waitForLoadState('networkidle');
    for (const src of await page.evaluate(() => [...document.scripts].map((s) => s.src))) scripts.add(src);
  }
  expect(requests.filter((r) => (r.startsWith('/_next/') && r.endsWith('.js')) || r.includes('_rsc='))).toEqual([]);
  expect([...scripts].map((s) => new URL(s).pathname)).toEqual([
    expect.stringMatching(/^\/document\/[0-9a-f]{12}\.js$/),
  ]);
  const script = await request.get([...scripts][0] ?? '');
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await script.body()).length).toBeLessThan(8_000);
  // Another version is no one's to keep: an old instance must not answer a new page's name with its old script.
  const other = await request.get('/document/000000000000.js');
  expect(other.status()).toBe(404);
  expect(other.headers()['cache-control']).toBe('no-store');
});
