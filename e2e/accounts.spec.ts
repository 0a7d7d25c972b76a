// Accounts in the browser: signing in and out, the wrong-password and throttle messages, the way back after signing
// in, personal API tokens made and revoked at /account/tokens (and used against the API), and /admin for admins only.
import { request as httpRequest } from 'node:http';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { urls } from '../lib/urls';
import { PASSWORD, PEOPLE, type Person, signIn } from './support/people';
import { freshClient, MAIN_PORT } from './support/servers';

// A busy machine answers slowly (scrypt, zxcvbn, a page's first render): waits are long, never timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

/** A page load after a form: slow on a busy machine (a page's first render), so waited for longer. */
const AFTER_LOAD = { timeout: 30_000 };
const SHOTS = 'test-results/accounts';

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A failed sign-in from a loopback address of its own (so this address's own count is not spent). */
function failedSignInFrom(from: string, email: string): Promise<number> {
  const body = JSON.stringify({ email, password: 'not the password at all 1' });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: MAIN_PORT,
        path: urls.api.signIn(),
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          origin: `http://127.0.0.1:${MAIN_PORT}`,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('signing in through the form, seeing who is signed in, and signing out', async ({ page }) => {
  await page.goto(urls.login());
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/login.png`, fullPage: true });
  await signInThroughForm(page, PEOPLE.editor, PASSWORD);
  await expect(page).toHaveURL(/\/$/, AFTER_LOAD);
  const menu = page.getByTestId('account-menu');
  await expect(menu.getByTestId('signed-in-as')).toContainText(PEOPLE.editor);
  await expect(menu.getByRole('link', { name: 'Editor', exact: true })).toHaveAttribute('href', urls.editor());
  await expect(menu.getByRole('link', { name: 'Admin', exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/signed-in-header.png` });
  // On a phone the header still fits: sign-out stays reachable and the header pushes nothing sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(menu.getByRole('button', { name: 'Sign out' })).toBeInViewport();
  expect(
    await page
      .locator('header')
      .first()
      .evaluate((e) => e.scrollWidth),
  ).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/signed-in-header-narrow.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  await menu.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  // The session is gone on the server too, not only in this page.
  expect((await page.request.get(urls.accountTokens(), { maxRedirects: 0 })).status()).toBe(307);
});

test('a wrong password says so, the same as an unknown email, and keeps the person on the form', async ({ page }) => {
  await page.goto(urls.login());
  await signInThroughForm(page, PEOPLE.editor2, 'this is not the password 42');
  await expect(page.getByTestId('login-error')).toHaveText('Wrong email or password.');
  await signInThroughForm(page, `nobody-${Date.now()}@example.com`, 'this is not the password 42');
  await expect(page.getByTestId('login-error')).toHaveText('Wrong email or password.');
  await expect(page).toHaveURL(/\/login$/);
});

test('failed sign-ins from one address refuse that address, never the owner at another', async ({ page, baseURL }) => {
  // An account of its own, made by an admin, so no other test's account is throttled.
  const email = `throttled-${Date.now()}@example.com`;
  await signIn(page.request, baseURL ?? '', 'admin');
  await page.goto(urls.adminUsers());
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${email}` })).toBeVisible();
  await page.context().clearCookies();

  // Someone who knows the email guesses from an address of their own until they are refused.
  const guesser = freshClient();
  for (let i = 0; i < 5; i++) expect(await failedSignInFrom(guesser, email)).toBe(401);
  expect(await failedSignInFrom(guesser, email)).toBe(429);
  // The owner, at the browser's address, signs in all the same.
  await page.goto(urls.login());
  await signInThroughForm(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/$/, AFTER_LOAD);
  await page.context().clearCookies();

  // Five failures from the browser's own address: the form says to wait, even with the right password.
  for (let i = 0; i < 5; i++) expect(await failedSignInFrom('127.0.0.1', email)).toBe(401);
  await page.goto(urls.login());
  await signInThroughForm(page, email, PASSWORD);
  await expect(page.getByTestId('login-error')).toContainText(
    'Too many failed sign-ins to this account from your network address. Try again in',
  );
  await page.screenshot({ path: `${SHOTS}/throttled.png`, fullPage: true });
  await expect(page).toHaveURL(/\/login$/);
});

test('signing in leads back to the page asked for, and never to another site', async ({ page }) => {
  await page.goto(urls.accountTokens());
  await expect(page).toHaveURL(/\/login\?next=%2Faccount%2Ftokens$/);
  await signInThroughForm(page, PEOPLE.editor, PASSWORD);
  await expect(page).toHaveURL(/\/account\/tokens$/, AFTER_LOAD);
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();

  await page.context().clearCookies();
  await page.goto(`${urls.login()}?next=${encodeURIComponent('//evil.example/steal')}`);
  await signInThroughForm(page, PEOPLE.editor, PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/, AFTER_LOAD);
});

test('a token made at /account/tokens is shown once, works against the API, and stops working when revoked', async ({
  page,
  baseURL,
  playwright,
}) => {
  await signIn(page.request, baseURL ?? '', 'editor');
  await page.goto(urls.accountTokens());
  const name = `pipeline ${Date.now().toString(36)}`;
  await page.getByLabel('Token name').fill(name);
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByTestId('new-token-value');
  await expect(shown).toHaveText(/^tl_[A-Za-z0-9_-]{43}$/);
  const token = (await shown.textContent()) ?? '';
  await expect(page.getByRole('button', { name: 'Copy token' })).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/token-created.png`, fullPage: true });

  const api = await playwright.request.newContext({ baseURL });
  const revisions = urls.api.revisions('cloud-snapshot-created');
  const withToken = () => api.get(revisions, { headers: { authorization: `Bearer ${token}` } });
  expect((await withToken()).status()).toBe(200);

  // Shown once: a reload lists the token by name and prefix, never the token itself.
  await page.reload();
  const row = page.getByTestId('token-row').filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(row).not.toContainText('never');

  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await expect(row).toContainText('revoked');
  expect((await withToken()).status()).toBe(401);
  await api.dispose();
});

test('an admin adds an account (a weak password refused with the reason), changes its role, and sees the audit log', async ({
  page,
  baseURL,
}) => {
  await signIn(page.request, baseURL ?? '', 'admin');
  await page.goto(urls.adminUsers());
  const email = `new-${Date.now().toString(36)}@example.com`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('Password123!');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByTestId('add-user-form').getByRole('alert')).toContainText(
    'Refused: the password is too easy to guess',
  );
  // What was typed stays, so only the password needs changing.
  await expect(page.getByLabel('Email')).toHaveValue(email);

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added ${email} as editor` })).toBeVisible();
  const row = page.getByTestId('user-row').and(page.locator(`[data-email="${email}"]`));
  await expect(row.getByTestId('user-role')).toHaveText('editor');

  await row.getByLabel(`Role of ${email}`, { exact: true }).selectOption('reviewer');
  await row.getByRole('button', { name: `Save role of ${email}` }).click();
  await expect(row.getByTestId('user-role')).toHaveText('reviewer');
  await row.getByRole('button', { name: `Disable ${email}` }).click();
  await expect(row.getByTestId('user-state')).toHaveText('disabled');
  await page.screenshot({ path: `${SHOTS}/admin-users.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/admin-users-narrow.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto(urls.adminAudit());
  const roleChange = page
    .getByTestId('audit-row')
    .filter({ hasText: email })
    .and(page.locator('[data-action="role-changed"]'));
  await expect(roleChange).toContainText(PEOPLE.admin);
  await expect(roleChange).toContainText('editor → reviewer');
  // Newest first: the account's disabling is listed above its role change.
  const forAccount = page.getByTestId('audit-row').filter({ hasText: email });
  await expect(forAccount.first()).toHaveAttribute('data-action', 'user-disabled');
  await expect(forAccount.nth(1)).toHaveAttribute('data-action', 'role-changed');
  await page.screenshot({ path: `${SHOTS}/admin-audit.png`, fullPage: true });
});

for (const who of ['editor', 'reviewer'] as const satisfies Person[]) {
  test(`${who}s are refused the admin pages (403), and nobody signed in is sent to sign in`, async ({
    page,
    baseURL,
  }) => {
    const anonymous = await page.request.get(urls.adminUsers(), { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toContain(urls.login(urls.adminUsers()));
    await signIn(page.request, baseURL ?? '', who);
    for (const path of [urls.adminUsers(), urls.adminAudit()]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { name: 'Not for your role' })).toBeVisible();
    }
  });
}

test('signing out is refused from another site', async ({ page, baseURL }) => {
  await signIn(page.request, baseURL ?? '', 'editor2');
  const res = await page.request.post(urls.logout(), { headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
  expect(res.status()).toBe(403);
  expect((await page.request.get(urls.accountTokens(), { maxRedirects: 0 })).status()).toBe(200);
});
