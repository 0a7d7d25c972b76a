import { expect, test } from '@playwright/test';

const seed = (page: import('@playwright/test').Page) =>
  page.getByTestId('detection-card').filter({ hasText: 'Traffic Duplication' });

test('search from the header, filter by platform, then remove the filter', async ({ page }) => {
  await page.goto('/techniques');
  const box = page.locator('header').getByRole('textbox', { name: 'Search detections' });
  await box.fill('packet mirroring');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=packet\+mirroring$/);
  await expect(seed(page)).toBeVisible();
  await expect(seed(page)).toHaveAttribute('href', '/detections/traffic-duplication');

  await page.getByLabel('Platform').selectOption('splunk');
  await page.getByTestId('search-form').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/[?&]platform=splunk(&|$)/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('packet mirroring');
  await expect(seed(page)).toHaveAttribute('href', '/detections/traffic-duplication/splunk');

  const chip = page.getByTestId('filter-chip').filter({ hasText: 'Splunk' });
  await chip.click();
  await expect(page).toHaveURL(/\/search\?q=packet\+mirroring$/);
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);
  await expect(page.getByLabel('Platform')).toHaveValue('');
  await expect(seed(page)).toHaveAttribute('href', '/detections/traffic-duplication');
});

test('answers as you type, marks the words found, and counts each filter value', async ({ page }) => {
  await page.goto('/search?q=cloud');
  // Every filter value says how many detections it would give for these words.
  await expect(page.getByLabel('Severity').locator('option', { hasText: /^High \(\d+\)$/ })).toHaveCount(1);
  await expect(page.getByTestId('search-snippet').first().locator('mark').first()).toHaveText(/cloud/i);

  const box = page.getByRole('searchbox', { name: 'Search terms' });
  await box.press('End');
  await box.pressSequentially(' CreateTrafficMir', { delay: 30 });
  const live = page.getByTestId('live-results');
  await expect(live).toContainText('Traffic Duplication');
  await expect(live).toContainText('for “cloud CreateTrafficMir”');
  await expect(page).toHaveURL(/\/search\?q=cloud$/);
});

test('a search with no match says what to try', async ({ page }) => {
  await page.goto('/search?q=nothing-like-this-anywhere');
  await expect(page.getByTestId('result-count')).toHaveText('0 detections for “nothing-like-this-anywhere”');
  await expect(page.getByTestId('search-empty')).toContainText('Things to try');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form searches and a chip removes its filter', async ({ page }) => {
    await page.goto('/search');
    await page.getByLabel('Search terms').fill('packet mirroring');
    await page.getByLabel('Platform').selectOption('splunk');
    await page.getByTestId('search-form').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/[?&]platform=splunk(&|$)/);
    await expect(seed(page)).toBeVisible();
    await page.getByTestId('filter-chip').click();
    await expect(page).toHaveURL(/\/search\?q=packet\+mirroring$/);
    await expect(seed(page)).toHaveAttribute('href', '/detections/traffic-duplication');
  });
});
