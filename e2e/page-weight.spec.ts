import { expect, test } from '@playwright/test';
import { PAGE_BUDGETS } from '../lib/perf/budgets';

// The deterministic half of "light pages" (issue 10, point 7): the HTML each public page sends. Lighthouse's half
// (score, blocking time) depends on the machine and stays a command: npm run lighthouse.
for (const budget of PAGE_BUDGETS) {
  const limit = budget.reachedHtmlBytes ?? budget.maxHtmlBytes;
  if (limit === undefined) continue;
  test(`${budget.name} (${budget.path}) sends at most ${limit} bytes of HTML`, async ({ request }) => {
    const res = await request.get(budget.path);
    expect(res.status()).toBe(200);
    const bytes = (await res.body()).length;
    expect(bytes, `${budget.path} sent ${bytes} bytes`).toBeLessThanOrEqual(limit);
  });
}

test('the public pages load no router prefetches and no editor, highlighter or schema-validation code', async ({
  page,
  request,
}) => {
  const rscRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('_rsc=')) rscRequests.push(r.url());
  });
  const scripts = new Set<string>();
  for (const budget of PAGE_BUDGETS) {
    await page.goto(budget.path);
    await page.waitForLoadState('networkidle');
    for (const src of await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean))) {
      scripts.add(src);
    }
  }
  // next/link prefetches every page it links to once in view: on the matrix that was hundreds of requests.
  expect(rscRequests).toEqual([]);
  expect(scripts.size).toBeGreaterThan(0);
  for (const src of scripts) {
    const js = await (await request.get(src)).text();
    // CodeMirror's root class, Shiki's grammar registry and zod's error class: none belongs in a reader's bundle
    // (zod came in once through a search helper and cost the search page some 100 KB of script).
    expect(js.includes('cm-editor') || js.includes('createHighlighterCore') || js.includes('ZodError'), src).toBe(
      false,
    );
  }
});
