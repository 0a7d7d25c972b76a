import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const PAGE = '/detections/traffic-duplication/qradar';
const QUERY = readFileSync('content/detections/traffic-duplication/qradar.aql', 'utf8').trimEnd();
const RULE = readFileSync('content/detections/traffic-duplication/rule.yml');

test.describe('the seed page: T1020.001 on IBM QRadar', () => {
  test('shows every section of the seed page', async ({ page }) => {
    await page.goto(PAGE);
    // 1. technique, SIEM, title
    await expect(page.getByTestId('detection-eyebrow')).toHaveText('T1020.001 · IBM QRadar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Detect Traffic Duplication in IBM QRadar');
    // 2. the technique in our words
    await expect(page.getByTestId('section-overview')).toContainText(/mirror/i);
    // 3. ATT&CK mapping
    const mapping = page.getByTestId('section-attack-mapping');
    await expect(mapping.getByTestId('mapping-tactic')).toContainText('Exfiltration');
    await expect(mapping.getByTestId('mapping-technique')).toContainText('T1020 Automated Exfiltration');
    await expect(mapping.getByTestId('mapping-subtechnique')).toContainText('T1020.001 Traffic Duplication');
    await expect(mapping.getByTestId('mapping-reference')).toHaveAttribute(
      'href',
      'https://attack.mitre.org/techniques/T1020/001/',
    );
    // 4. the query, highlighted, with a copy button
    const block = page.getByTestId('section-query').getByTestId('code-block');
    await expect(block).toHaveAttribute('data-lang', 'aql');
    // Highlighted: the first token in a colour of its own, not the panel's.
    const token = block.locator('code span').first();
    await expect(token).toBeVisible();
    const [tokenColour, panelColour] = await token.evaluate((span) => [
      getComputedStyle(span).color,
      getComputedStyle(span.closest('code') ?? span).color,
    ]);
    expect(tokenColour).not.toBe(panelColour);
    await expect(block).toContainText('LAST 24 HOURS');
    await expect(block).toContainText('packetMirrorings.insert');
    // 5. severity and confidence
    await expect(page.getByTestId('severity-value')).toHaveText('high');
    await expect(page.getByTestId('confidence-value')).toHaveText('medium');
    // 6. what the query does
    await expect(page.getByTestId('section-query-description').locator('.prose-tl')).toContainText(
      'Cloud API Operation',
    );
    // 7. data sources and tables
    const sources = page.getByTestId('section-data-sources');
    await expect(sources.getByTestId('data-source')).toHaveCount(3);
    await expect(sources.getByTestId('required-table')).toContainText(['events']);
    // 8. false positives and tuning
    expect(await page.getByTestId('false-positive').count()).toBeGreaterThanOrEqual(3);
    // 9. the Sigma rule, downloadable and shown
    await expect(page.getByTestId('sigma-download')).toHaveAttribute('href', '/rules/traffic-duplication.yml');
    await expect(page.getByTestId('section-sigma').getByTestId('code-block')).toHaveAttribute('data-lang', 'yaml');
    // 10. other platforms lead to real sibling pages
    const others = page.getByTestId('other-platform');
    await expect(others).toHaveCount(4);
    for (const href of await others.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
      const res = await page.request.get(href!);
      expect(res.status(), href!).toBe(200);
    }
    // 11. test plan with expected signals, and the proof on samples
    expect(await page.getByTestId('test-case').count()).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId('expected-signal').first()).toContainText(/CloudTrail|Activity|Audit/);
    await expect(page.getByTestId('proof-badge')).toContainText('Proven');
    await expect(page.getByTestId('proof-benign')).toContainText(/^0 of \d+ benign/);
    // 12. related detections
    await expect(page.getByTestId('section-related').getByTestId('related-detection').first()).toHaveAttribute(
      'href',
      /^\/detections\/cloud-[a-z-]+\/qradar$/,
    );
    // 13. what others keep behind a paywall
    for (const id of ['investigation', 'response', 'hunting']) {
      expect((await page.getByTestId(`section-${id}`).locator('.prose-tl').textContent())?.length, id).toBeGreaterThan(
        200,
      );
    }
  });

  test('copies the query exactly', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(PAGE);
    await page.getByTestId('section-query').getByTestId('copy-button').click();
    await expect(page.getByTestId('section-query').getByTestId('copy-button')).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(QUERY);
  });

  test('downloads the Sigma rule byte for byte', async ({ page }) => {
    await page.goto(PAGE);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sigma-download').click()]);
    expect(download.suggestedFilename()).toBe('traffic-duplication.yml');
    const path = await download.path();
    expect(Buffer.compare(readFileSync(path), RULE)).toBe(0);
  });

  test('looks right wide and narrow', async ({ page }, info) => {
    for (const [name, width] of [
      ['wide', 1440],
      ['narrow', 390],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PAGE);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Nothing may push the page sideways on a phone: long queries scroll inside their block.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} page scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: info.outputPath(`seed-${name}.png`), fullPage: true });
    }
  });
});
