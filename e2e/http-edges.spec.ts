// The edges of the portal over HTTP (issue 6, points 4, 10 and 11): security headers on every kind of response,
// a CSP the pages live with, malformed paths and bad route params answered 400/404 rather than 500, the API's
// own 404 and 405, and TRACE.
import { readdirSync, readFileSync } from 'node:fs';
import { type APIResponse, expect, type Page, test } from '@playwright/test';

const SEED = '/detections/traffic-duplication/qradar';
const QUERY = readFileSync('content/detections/traffic-duplication/qradar.aql', 'utf8').trimEnd();

/**
 * `scripts`: 'self' for a public page sent as a document (no inline script left in it, so none may run), 'inline'
 * for everything else, where Next's app router writes its payload as inline scripts.
 */
function expectSecurityHeaders(res: APIResponse, what: string, scripts: 'self' | 'inline' = 'inline') {
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "script-src-attr 'none'"])
    expect(csp, `${what}: ${directive}`).toContain(directive);
  expect(csp, what).toMatch(
    scripts === 'self' ? /(^|; )script-src 'self'(;|$)/ : /(^|; )script-src 'self' 'unsafe-inline'(;|$)/,
  );
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], what).toContain('camera=()');
}

test.describe('security headers', () => {
  test('are on pages, the API, rule downloads, 404s, static assets and the proxy’s own answers', async ({
    request,
  }) => {
    const login = await request.get('/login');
    const asset = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await login.text())?.[1];
    expect(asset, 'a static script on the sign-in page').toBeTruthy();
    for (const path of [SEED, '/', '/search?q=mirror']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(await res.text(), path).not.toMatch(/<script(?![^>]*\bsrc="\/document\/[0-9a-f]+\.js")[^>]*>/);
      expectSecurityHeaders(res, path, 'self');
      expect(res.headers()['strict-transport-security'], path).toBeUndefined();
    }
    for (const [path, status] of [
      ['/login', 200],
      ['/api/v1/platforms', 200],
      ['/api/v1/nope', 404],
      ['/rules/traffic-duplication.yml', 200],
      ['/rules/nope.yml', 404],
      ['/detections/nope', 404],
      ['/detections/%ff', 400],
      [asset!, 200],
      ['/_next/static/nope.js', 404],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(status);
      expectSecurityHeaders(res, path);
      expect(res.headers()['strict-transport-security'], path).toBeUndefined();
    }
  });

  test('add HSTS and upgrade-insecure-requests only when served over TLS', async ({ request }) => {
    for (const path of [SEED, '/login', '/api/v1/platforms', '/rules/traffic-duplication.yml']) {
      const res = await request.get(path, { headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers()['strict-transport-security'], path).toBe('max-age=31536000');
      expect(res.headers()['content-security-policy'], path).toContain('upgrade-insecure-requests');
      expectSecurityHeaders(res, path, path === SEED ? 'self' : 'inline');
    }
    const plain = await request.get(SEED, { headers: { 'x-forwarded-proto': 'http' } });
    expect(plain.headers()['strict-transport-security']).toBeUndefined();
    expect(plain.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});

/** Every CSP violation the page sees, enforced or report-only, and every console message about one. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.disposition} ${e.effectiveDirective} ${e.blockedURI}`),
    ),
  );
  page.on('console', (m) => {
    if (/content security policy|csp violation|trusted ?types?/i.test(m.text())) seen.push(m.text());
  });
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  return seen;
}

test.describe('the seed page under the CSP', () => {
  test('renders, draws the header and copies without a single violation, here and on the next page', async ({
    page,
    context,
  }) => {
    const violations = await watchCsp(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED);
    await expect(
      page.getByTestId('section-query').getByTestId('code-block').locator('code span[class]').first(),
    ).toBeVisible();
    await page.getByTestId('section-query').getByTestId('copy-button').click();
    await expect(page.getByTestId('section-query').getByTestId('copy-button')).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(QUERY);

    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    // A plain link to the next document, which draws its header and code panel under the same policy.
    await page.getByTestId('other-platform').filter({ hasText: 'Splunk' }).click();
    await expect(page).toHaveURL(/\/detections\/traffic-duplication\/splunk$/);
    await expect(page.getByTestId('section-query').getByTestId('code-block')).toHaveAttribute('data-lang', 'splunk');
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe('malformed paths', () => {
  test('an undecodable %-escape is 400, JSON under /api', async ({ request }) => {
    for (const path of ['/rules/%ff.yml', '/detections/%ff', '/detections/%ff/qradar', '/techniques/%c3', '/%ff']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(400);
      expect(res.headers()['content-type'], path).toBe('text/html; charset=utf-8');
      expect(await res.text(), path).toContain('broken %-escape');
    }
    for (const path of ['/api/v1/%ff', '/api/v1/detections/%ff', '/api/v1/techniques/%c3%28']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(400);
      expect((await res.json()).error.code, path).toBe('bad_request');
    }
  });

  test('a route param that cannot name anything is the 404 page, never a 500, on either database', async ({
    request,
  }) => {
    const long = 'a'.repeat(201);
    for (const path of [
      '/detections/a%00b',
      '/detections/traffic-duplication%00',
      '/detections/a%00b/qradar',
      '/detections/traffic-duplication/qr%00adar',
      '/platforms/a%00b',
      '/techniques/T1020%00',
      '/techniques/T1020%0a',
      '/rules/a%00b.yml',
      '/detections/Traffic-Duplication',
      `/detections/${long}`,
      `/detections/${long}/qradar`,
      '/platforms/QRadar',
      '/techniques/T1020.1',
      `/techniques/T1020${'0'.repeat(300)}`,
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(res.headers()['content-type'], path).toMatch(/^text\/html/);
      expect(await res.text(), path).toContain('No such page');
    }
    for (const path of ['/api/v1/detections/a%00b', '/api/v1/techniques/T1020%00', `/api/v1/detections/${long}`]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect((await res.json()).error.code, path).toBe('not_found');
    }
  });
});

test('pages for made-up URLs leave nothing on disk, however many are asked for', async ({ request }) => {
  const token = `made-up-${Date.now().toString(36)}`;
  const paths = [`/detections/${token}`, `/detections/${token}/qradar`, `/platforms/${token}`, '/techniques/T1999'];
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(404);
  // A page that exists is rendered and cached too, and must not be written either.
  expect((await request.get('/detections/cloud-logging-disabled/splunk')).status()).toBe(200);
  const dist = process.env.NEXT_DIST_DIR || '.next';
  const written = readdirSync(`${dist}/server`, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.includes(token) || f.includes('T1999') || f.includes('cloud-logging-disabled'),
  );
  expect(written).toEqual([]);
});

test.describe('the API’s edges', () => {
  test('/api/v1 itself and unknown API paths answer the API’s JSON 404, whatever the method', async ({ request }) => {
    for (const [method, path] of [
      ['GET', '/api/v1'],
      ['GET', '/api/v1/nope'],
      ['GET', '/api/v1/detections/traffic-duplication/nope'],
      ['POST', '/api/v1/nope'],
      ['DELETE', '/api/v1'],
    ] as const) {
      const res = await request.fetch(path, { method });
      expect(res.status(), `${method} ${path}`).toBe(404);
      expect(res.headers()['content-type'], `${method} ${path}`).toMatch(/^application\/json/);
      expect((await res.json()).error.code, `${method} ${path}`).toBe('not_found');
    }
  });

  test('a method a route does not take is 405 with Allow', async ({ request }) => {
    // POST /api/v1/detections creates a draft (the write API), so only the others are refused there.
    const refused: Record<string, string[]> = {
      '/api/v1/detections': ['PUT', 'PATCH', 'DELETE'],
      '/api/v1/detections/traffic-duplication': ['POST', 'PUT', 'PATCH', 'DELETE'],
      '/api/v1/platforms': ['POST', 'PUT', 'PATCH', 'DELETE'],
    };
    const allowed: Record<string, string> = { '/api/v1/detections': 'GET, HEAD, OPTIONS, POST' };
    for (const [path, methods] of Object.entries(refused)) {
      for (const method of methods) {
        const res = await request.fetch(path, { method, data: '{}' });
        expect(res.status(), `${method} ${path}`).toBe(405);
        expect(res.headers().allow, `${method} ${path}`).toBe(allowed[path] ?? 'GET, HEAD, OPTIONS');
        expect((await res.json()).error.code).toBe('method_not_allowed');
      }
      const options = await request.fetch(path, { method: 'OPTIONS' });
      expect(options.headers().allow, path).toBe(allowed[path] ?? 'GET, HEAD, OPTIONS');
    }
    const rule = await request.fetch('/rules/traffic-duplication.yml', { method: 'DELETE' });
    expect(rule.status()).toBe(405);
    expect(rule.headers().allow).toBe('GET, HEAD, OPTIONS');
    const revalidate = await request.fetch('/api/revalidate', { method: 'GET' });
    expect(revalidate.status()).toBe(405);
    expect(revalidate.headers().allow).toBe('POST, OPTIONS');
  });

  test('TRACE never answers 500', async ({ request }) => {
    for (const path of [SEED, '/api/v1/detections', '/rules/traffic-duplication.yml', '/api/v1/nope', '/']) {
      const res = await request.fetch(path, { method: 'TRACE' });
      expect(res.status(), path).toBe(405);
      expect(res.headers().allow, path).toBe('GET, HEAD');
    }
  });
});
