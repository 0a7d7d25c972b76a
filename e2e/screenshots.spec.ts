// The main pages on a laptop (1280 px) and a phone (390 px): full-page screenshots attached to the report for a
// person to look at, and what a screenshot would show checked here: the page never scrolls sideways (the matrix
// scrolls inside its own box), and the heading and the way on from each page are on screen.
import { expect, type Page, test } from '@playwright/test';
import { urls } from '../lib/urls';

/** The outermost elements reaching past the window's right edge, to name the culprit of a sideways scroll. */
const widest = (page: Page) =>
  page.evaluate(() => {
    const past = [...document.body.querySelectorAll('*')].filter(
      (e) => e.getBoundingClientRect().right > window.innerWidth + 1,
    );
    return past
      .filter((e) => !past.includes(e.parentElement as Element))
      .slice(0, 3)
      .map(
        (e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> ${e.textContent?.slice(0, 40)}`,
      )
      .join('; ');
  });

const PAGES: Array<{ name: string; path: string; next: (page: Page) => ReturnType<Page['getByRole']> }> = [
  {
    name: 'home',
    path: urls.home(),
    next: (page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Techniques' }),
  },
  {
    name: 'matrix',
    path: urls.matrix(),
    next: (page) => page.getByRole('link', { name: 'Navigator layer' }),
  },
  {
    name: 'technique',
    path: urls.technique('T1020.001'),
    next: (page) => page.getByRole('link', { name: 'Download these rules' }),
  },
  {
    name: 'search-with-filters',
    path: urls.search(new URLSearchParams({ q: 'cloud', severity: 'high', platform: 'splunk' })),
    next: (page) => page.getByRole('link', { name: /^Remove filter Platform: Splunk/ }),
  },
];

for (const { width, height, label } of [
  { width: 1280, height: 800, label: 'wide' },
  { width: 390, height: 844, label: 'narrow' },
]) {
  test.describe(`${label} (${width} px)`, () => {
    test.use({ viewport: { width, height } });

    for (const { name, path, next } of PAGES) {
      test(`${name}: fits the width, heading and next step visible; screenshot attached`, async ({ page }, info) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(next(page)).toBeVisible();
        const file = info.outputPath(`${name}-${label}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await info.attach(`${name} ${label}`, { path: file, contentType: 'image/png' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `pixels the page scrolls sideways, past: ${await widest(page)}`).toBeLessThanOrEqual(0);
      });
    }
  });
}
