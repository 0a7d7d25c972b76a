// What a visitor does, by clicking through the real pages: from the home page to a rule on their SIEM and its file,
// the technique's bundle, and a filtered search they walk back and forward through. Everything is found by role,
// label and URL, and every file the browser downloads is compared with what the portal serves to a client.
import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { urls } from '../lib/urls';
import { expectBundleOfSingleDownloads, fetchAs, matchesCatalog, searchAll, slugsInZip } from './support/catalog';

const SLUG = 'traffic-duplication';
const TECHNIQUE = 'T1020.001';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: (download as Download).suggestedFilename(), bytes: await readFile(await download.path()) };
}

/**
 * A click on a link has taken the visitor to `path`. Generous: a client-side navigation waits for the page's data,
 * and the first request for a page of a fresh `next start` on a busy machine has taken 6 s.
 */
const arrived = (page: Page, path: string) => expect(page).toHaveURL(path, { timeout: 20_000 });

/** A page a link preview can describe: its own title, a description, and the same as Open Graph data. */
async function expectDescribed(page: Page, title: RegExp) {
  await expect(page).toHaveTitle(title);
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  expect((await meta('name="description"'))?.length).toBeGreaterThan(20);
  expect(await meta('property="og:title"')).toMatch(title);
  expect(await meta('property="og:description"')).toBe(await meta('name="description"'));
}

test('home -> matrix -> technique -> detection -> a SIEM page -> the rule file, and the technique bundle', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(urls.home());
  await expectDescribed(page, /Tripline/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Techniques' }).click();
  await arrived(page, urls.matrix());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MITRE ATT&CK Enterprise matrix');
  await expectDescribed(page, /ATT&CK matrix/);

  // Exfiltration's column (the matrix's own anchor for it), then the parent technique opened to its sub-techniques.
  const column = page.locator(urls.tactic('exfiltration').replace(urls.matrix(), ''));
  const parent = column.getByRole('listitem').filter({ hasText: 'Automated Exfiltration' }).first();
  await parent.locator('summary').click({ position: { x: 2, y: 2 } });
  await parent.getByRole('link', { name: 'Traffic Duplication' }).click();
  await arrived(page, urls.technique(TECHNIQUE));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Automated Exfiltration: Traffic Duplication');
  await expectDescribed(page, new RegExp(TECHNIQUE.replace('.', '\\.')));

  // The technique's bundle holds its detections, each the bytes of its own download.
  const bundle = await matchesCatalog(
    async () => (await searchAll({ technique: TECHNIQUE })).map((d) => d.slug).sort(),
    () => downloaded(page, () => page.getByRole('link', { name: 'Download these rules' }).click()),
    (answer) => slugsInZip(answer.bytes),
  );
  expect(bundle.name).toBe('tripline-rules.zip');
  const manifest = await expectBundleOfSingleDownloads(bundle.bytes);
  expect(manifest.filters).toEqual({ technique: TECHNIQUE });
  expect(manifest.rules.map((r) => r.slug)).toContain(SLUG);

  await page.getByRole('link', { name: 'Traffic Duplication', exact: true }).click();
  await arrived(page, urls.detection(SLUG));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Traffic Duplication');
  await expectDescribed(page, /Traffic Duplication/);

  await page
    .getByRole('main')
    .getByRole('link', { name: /^Splunk Enterprise Security/ })
    .click();
  await arrived(page, urls.variant(SLUG, 'splunk'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Splunk');
  await expectDescribed(page, /Traffic Duplication.*Splunk/);

  const rule = await downloaded(page, () =>
    page.getByRole('link', { name: 'Download Sigma rule (.yml)' }).first().click(),
  );
  expect(rule.name).toBe(`${SLUG}.yml`);
  const served = await fetchAs(urls.ruleFile(SLUG));
  expect(Buffer.compare(rule.bytes, served.bytes)).toBe(0);
  expect(rule.bytes.toString('utf8')).toContain(`attack.${TECHNIQUE.toLowerCase()}`);
});

/** The hrefs of the result cards, in order: what the visitor sees as the answer. */
const resultLinks = (page: Page) =>
  page
    .getByRole('main')
    .locator('a[href^="/detections/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** The first page of the API's answer to the same search, as the links the search page would show. */
async function expectedLinks(params: Record<string, string>, perPage: number): Promise<string[]> {
  const all = await searchAll(params);
  return all
    .slice(0, perPage)
    .map((d) => (params.platform ? urls.variant(d.slug, params.platform) : urls.detection(d.slug)));
}

async function expectSearchState(
  page: Page,
  { q, severity, platform, links }: { q: string; severity: string; platform: string; links: string[] },
) {
  const url = new URL(page.url());
  expect(url.pathname).toBe(urls.search());
  expect(url.searchParams.get('q')).toBe(q);
  expect(url.searchParams.get('severity') ?? '').toBe(severity);
  expect(url.searchParams.get('platform') ?? '').toBe(platform);
  await expect(page.getByLabel('Search terms')).toHaveValue(q);
  await expect(page.getByRole('combobox', { name: 'Severity' })).toHaveValue(severity);
  await expect(page.getByRole('combobox', { name: 'Platform' })).toHaveValue(platform);
  await expect.poll(() => resultLinks(page)).toEqual(links);
}

test('a search with filters, then back and forward, restores the query, the filters and the results', async ({
  page,
}) => {
  const first = { q: 'cloud', severity: 'high', platform: '' };
  const second = { ...first, platform: 'splunk' };
  const perPage = 12;
  const firstLinks = await expectedLinks({ q: first.q, severity: first.severity }, perPage);
  const secondLinks = await expectedLinks({ q: second.q, severity: second.severity, platform: 'splunk' }, perPage);
  // Different answers, or going back could not be told from staying.
  expect(firstLinks.length).toBeGreaterThan(1);
  expect(secondLinks).not.toEqual(firstLinks);

  await page.goto(urls.search());
  const form = page.getByRole('search').filter({ has: page.getByLabel('Search terms') });
  await page.getByLabel('Search terms').fill(first.q);
  await page.getByRole('combobox', { name: 'Severity' }).selectOption(first.severity);
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/severity=high/);
  await expectSearchState(page, { ...first, links: firstLinks });

  await page.getByRole('combobox', { name: 'Platform' }).selectOption(second.platform);
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/platform=splunk/);
  await expectSearchState(page, { ...second, links: secondLinks });

  await page.goBack();
  // A GET form sends its empty selects too (platform=): empty is "any".
  await expect.poll(() => new URL(page.url()).searchParams.get('platform')).toBe('');
  await expectSearchState(page, { ...first, links: firstLinks });

  await page.goForward();
  await expect(page).toHaveURL(/platform=splunk/);
  await expectSearchState(page, { ...second, links: secondLinks });

  await page.goBack();
  await page.goBack();
  await arrived(page, urls.search());
  await expect(page.getByLabel('Search terms')).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Severity' })).toHaveValue('');
});
