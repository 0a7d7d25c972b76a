import { expect, test } from '@playwright/test';

test('the technique page lists the detection and its SIEMs', async ({ page }) => {
  await page.goto('/techniques/T1020.001');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Automated Exfiltration: Traffic Duplication');
  const det = page.getByTestId('technique-detection').filter({ hasText: 'Traffic Duplication' });
  await expect(det).toBeVisible();
  for (const p of ['qradar', 'splunk', 'sentinel', 'elastic']) {
    await expect(det.locator(`a[href="/detections/traffic-duplication/${p}"]`)).toBeVisible();
  }
});

test('the detection page shows the detection and its platforms', async ({ page }) => {
  await page.goto('/detections/traffic-duplication');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Traffic Duplication');
  await expect(page.getByTestId('variant-link')).toHaveCount(5);
});

for (const [platform, lang, name] of [
  ['splunk', 'splunk', 'Splunk'],
  ['sentinel', 'kusto', 'Microsoft Sentinel'],
  ['elastic', 'esql', 'Elastic Security'],
] as const) {
  test(`the ${platform} sibling page has its own query and data sources`, async ({ page }) => {
    await page.goto(`/detections/traffic-duplication/${platform}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page.getByTestId('section-query').getByTestId('code-block')).toHaveAttribute('data-lang', lang);
    expect(await page.getByTestId('data-source').count()).toBeGreaterThanOrEqual(3);
    const tabs = page.getByTestId('platform-tabs').getByRole('link');
    await expect(tabs).toHaveCount(5);
    await expect(page.getByTestId('platform-tabs').locator('[aria-current="page"]')).toHaveAttribute(
      'href',
      `/detections/traffic-duplication/${platform}`,
    );
  });
}

test('the portable rule page shows the Sigma rule', async ({ page }) => {
  await page.goto('/detections/traffic-duplication/sigma');
  await expect(page.getByTestId('section-sigma').getByTestId('code-block')).toContainText('attack.t1020.001');
});

test('the matrix and home page show coverage', async ({ page }) => {
  await page.goto('/techniques');
  await expect(page.getByTestId('matrix-tactic')).toHaveCount(15);
  await expect(page.getByTestId('matrix-tactic').first()).toContainText('Reconnaissance');
  // Sub-techniques fold open under their technique, without JavaScript.
  const folded = page.getByTestId('matrix-tactic').first().locator('details').first();
  await expect(folded.locator('ul a').first()).toBeHidden();
  // At its right edge, on the count: the name is a link of its own.
  const summary = folded.locator('summary');
  const box = await summary.boundingBox();
  await summary.click({ position: { x: (box?.width ?? 0) - 4, y: (box?.height ?? 0) / 2 } });
  await expect(folded.locator('ul a').first()).toBeVisible();
  await expect(folded.locator('ul a').first()).toHaveAttribute('href', /^\/techniques\/T\d{4}\.\d{3}$/);
  await page.goto('/');
  await expect(page.getByTestId('home-counts')).toContainText('Detections');
  await expect(page.getByTestId('detection-card').first()).toBeVisible();
  const heat = page.getByTestId('attack-matrix').getByRole('link', { name: /^T\d{4} .+: \d+ detections?$/ });
  expect(await heat.count()).toBeGreaterThan(200);
});

test('the matrix scrolls inside its box, never the page', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/', '/techniques']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
});

test('unknown pages answer 404', async ({ request }) => {
  for (const path of [
    '/detections/nope',
    '/detections/traffic-duplication/nope',
    '/techniques/T9999',
    '/platforms/nope',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
