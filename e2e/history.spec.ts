// /editor/<slug>/history in the browser: every revision with its marks, a side-by-side diff of any two, and
// "Restore this revision" making a new revision; the public page says which version is published.
import { type APIRequestContext, expect as baseExpect, request as playwrightRequest, test } from '@playwright/test';
import { urls } from '../lib/urls';
import { freshDocument } from './support/documents';
import { PEOPLE, type Person, signIn } from './support/people';

// A busy machine answers slowly (scrypt, zxcvbn, a page's first render): waits are long, never timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SLUG = `history-${Date.now().toString(36)}`;
/** A page load after a form: slow on a busy machine (a page's first render), so waited for longer. */
const AFTER_LOAD = { timeout: 30_000 };
const SHOTS = 'test-results/history';
let base = '';
const as: Partial<Record<Person, APIRequestContext>> = {};
const api = (who: Person) => as[who] as APIRequestContext;
const from = () => ({ origin: base, 'content-type': 'application/json' });
let firstSummary = '';

test.beforeAll(async ({ baseURL }) => {
  base = baseURL ?? '';
  for (const who of ['editor', 'reviewer'] as const) {
    as[who] = await playwrightRequest.newContext({ baseURL: base });
    await signIn(api(who), base, who);
  }
  // Revision 1, published by a reviewer; revision 2, an edit of the summary, the Sigma rule and the overview.
  const document = await freshDocument(api('editor'), SLUG);
  firstSummary = String(document.summary);
  const created = await api('editor').post(urls.api.detections(), {
    data: { document, message: 'First version' },
    headers: from(),
  });
  expect(created.status(), await created.text()).toBe(201);
  expect((await api('editor').post(`${urls.api.detection(SLUG)}/submit`, { headers: { origin: base } })).status()).toBe(
    200,
  );
  expect(
    (
      await api('reviewer').post(`${urls.api.detection(SLUG)}/approve`, {
        headers: { origin: base, 'if-match': created.headers().etag ?? '' },
      })
    ).status(),
  ).toBe(200);
  const source = await api('editor').get(urls.api.source(SLUG));
  const current = (await source.json()).document;
  const saved = await api('editor').put(urls.api.source(SLUG), {
    data: {
      document: {
        ...current,
        summary: 'A sharper summary written for the history test.',
        sigma: String(current.sigma).replace(/^level: \w+/m, 'level: critical'),
        overview: `${current.overview}\n\nA paragraph added in revision 2.`,
      },
      message: 'Sharpen the summary',
    },
    headers: { ...from(), 'if-match': source.headers().etag ?? '' },
  });
  expect(saved.status(), await saved.text()).toBe(200);
});
test.afterAll(async () => {
  for (const ctx of Object.values(as)) await ctx?.dispose();
});

test('nobody signed in is sent to sign in first', async ({ page }) => {
  await page.goto(urls.history(SLUG));
  await expect(page).toHaveURL(new RegExp(`/login\\?next=%2Feditor%2F${SLUG}%2Fhistory$`));
});

test('the history lists every revision with author, date, message and marks, and diffs the newest two', async ({
  page,
}) => {
  await signIn(page.request, base, 'editor');
  await page.goto(urls.history(SLUG));
  const rows = page.getByTestId('revision-row');
  await expect(rows).toHaveCount(2);
  const [second, first] = [rows.nth(0), rows.nth(1)];
  await expect(second).toHaveAttribute('data-revision', '2');
  await expect(second).toContainText('Sharpen the summary');
  await expect(second).toContainText(PEOPLE.editor);
  await expect(second).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  await expect(second.getByTestId('mark-newest')).toBeVisible();
  await expect(first).toContainText('First version');
  await expect(first.getByTestId('mark-published')).toBeVisible();
  await expect(first.getByTestId('mark-approved')).toContainText(`approved by ${PEOPLE.reviewer}`);

  await expect(page.getByRole('heading', { name: 'Revision 1 → revision 2' })).toBeVisible();
  const fields = page.getByTestId('diff-field');
  await expect(fields.locator('h3')).toContainText(['Summary', 'Overview', 'Sigma rule']);
  const summary = page.locator('[data-testid="diff-field"][data-field="summary"]');
  await expect(summary.locator('td[data-kind="removed"]')).toHaveText(firstSummary);
  await expect(summary.locator('td[data-kind="added"]')).toHaveText('A sharper summary written for the history test.');
  const sigma = page.locator('[data-testid="diff-field"][data-field="sigma"]');
  await expect(sigma.locator('td[data-kind="added"] ins')).toHaveText('critical');
  await page.screenshot({ path: `${SHOTS}/history-wide.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/history-narrow.png`, fullPage: true });
});

test('the public page says which version is published: the approved one, not the newer draft', async ({ page }) => {
  await page.goto(urls.detection(SLUG));
  await expect(page.getByTestId('published-version')).toHaveText(/^Version 1, published \d{4}-\d\d-\d\d$/);
  await page.goto(urls.variant(SLUG, 'qradar'));
  await expect(page.getByTestId('published-version')).toHaveText(/^Version 1, published/);
});

test('restoring revision 1 makes revision 3 with its content, and shows what the restore changed', async ({ page }) => {
  await signIn(page.request, base, 'editor2');
  await page.goto(urls.history(SLUG, { from: 1, to: 2 }));
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(page).toHaveURL(/from=2&to=3/, AFTER_LOAD);
  const rows = page.getByTestId('revision-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Restored revision 1');
  await expect(rows.first()).toContainText(PEOPLE.editor2);
  await expect(page.getByRole('heading', { name: 'Revision 2 → revision 3' })).toBeVisible();
  const summary = page.locator('[data-testid="diff-field"][data-field="summary"]');
  await expect(summary.locator('td[data-kind="added"]')).toHaveText(firstSummary);
  await page.screenshot({ path: `${SHOTS}/restored.png`, fullPage: true });

  const source = await (await api('editor').get(urls.api.source(SLUG))).json();
  expect(source.meta).toMatchObject({ revision: 3, publishedRevision: 1 });
  expect(source.document.summary).toBe(firstSummary);

  // Comparing any two: revision 1 and its restore hold the same detection.
  await page.getByLabel('Compare from revision 1').check();
  await page.getByLabel('Compare to revision 3').check();
  await page.getByRole('button', { name: 'Compare selected' }).click();
  await expect(page).toHaveURL(
    (url) => url.searchParams.get('from') === '1' && url.searchParams.get('to') === '3',
    AFTER_LOAD,
  );
  await expect(page.getByTestId('diff-empty')).toHaveText('Revisions 1 and 3 hold the same detection.');
});
