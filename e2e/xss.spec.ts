// Nothing an editor types runs as code: every payload of support/xss-payloads.ts goes into a detection's title,
// summary, prose sections (each alone first: refused with a located message, or kept) and false positives through
// the write API; the detection is published; its public pages and the editor's previews are loaded with a dialog,
// console and request watch and a global flag each payload would set, and the DOM is searched for anything the
// payloads would have made: no payload runs, none becomes an element, an event handler or a script URL.
import {
  type APIRequestContext,
  expect as baseExpect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { urls } from '../lib/urls';
import { freshDocument } from './support/documents';
import { type Person, signIn } from './support/people';
import { FORBIDDEN_TAGS, XSS_PAYLOADS } from './support/xss-payloads';

// A busy machine answers slowly (scrypt, zxcvbn, a page's first render): waits are long, never timed assertions.
const expect = baseExpect.configure({ timeout: 20_000 });

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SLUG = `xss-${Date.now().toString(36)}`;
const SHOTS = 'test-results/xss';
const TITLE = 'XSS <script>__xss(0)</script></title><img src=x onerror=__xss(0)>';
let base = '';
const as: Partial<Record<Person, APIRequestContext>> = {};
const api = (who: Person) => as[who] as APIRequestContext;
const json = () => ({ origin: base, 'content-type': 'application/json' });
const accepted: string[] = [];

declare global {
  interface Window {
    __xss: (n: number) => void;
    __xssHits: number[];
  }
}

test.beforeAll(async ({ baseURL }) => {
  base = baseURL ?? '';
  for (const who of ['editor', 'reviewer'] as const) {
    as[who] = await playwrightRequest.newContext({ baseURL: base });
    await signIn(api(who), base, who);
  }
});
test.afterAll(async () => {
  for (const ctx of Object.values(as)) await ctx?.dispose();
});

async function current() {
  const res = await api('editor').get(urls.api.source(SLUG));
  return { etag: res.headers().etag ?? '', document: (await res.json()).document as Record<string, unknown> };
}

test(`each of ${XSS_PAYLOADS.length} payloads in the prose is refused with a located MDX finding, or kept`, async () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  const document = await freshDocument(api('editor'), SLUG);
  const created = await api('editor').post(urls.api.detections(), { data: { document }, headers: json() });
  expect(created.status(), await created.text()).toBe(201);

  const refused: string[] = [];
  for (const payload of XSS_PAYLOADS) {
    const { etag, document: doc } = await current();
    const res = await api('editor').put(urls.api.source(SLUG), {
      data: { document: { ...doc, overview: `A paragraph first.\n\n${payload}\n` } },
      headers: { ...json(), 'if-match': etag },
    });
    if (res.status() === 200) {
      accepted.push(payload);
      continue;
    }
    expect(res.status(), payload).toBe(422);
    const findings = (await res.json()).error.findings as Array<{ code: string; field: string; line: number }>;
    const located = findings.find((f) => f.field === 'overview');
    expect(located, `${payload}: ${JSON.stringify(findings)}`).toBeTruthy();
    expect(located?.code, payload).toMatch(/^MDX_|UNSAFE/);
    // Located: a line and column of the field (a parse error may be reported where the parser gave up).
    expect(located?.line, payload).toBeGreaterThanOrEqual(1);
    expect((located as { column?: number } | undefined)?.column, payload).toBeGreaterThanOrEqual(1);
    refused.push(payload);
  }
  // Both kinds exist, so both paths below are exercised: refusal, and rendering as text.
  expect(refused.length).toBeGreaterThan(0);
  expect(accepted.length).toBeGreaterThan(0);
});

test('every payload at once in the title, summary, prose and false positives is saved and published', async () => {
  const { etag, document: doc } = await current();
  const prose = accepted.map((p, i) => `Payload ${i}:\n\n${p}`).join('\n\n');
  const variants = (doc.variants as Array<Record<string, unknown>>).map((v) => ({
    ...v,
    description: `What the query does.\n\n${prose}`,
    tuning: prose,
  }));
  const res = await api('editor').put(urls.api.source(SLUG), {
    data: {
      document: {
        ...doc,
        title: TITLE,
        summary: XSS_PAYLOADS.slice(0, 6).join(' ').slice(0, 300),
        overview: `Overview.\n\n${prose}`,
        investigation: prose,
        response: prose,
        hunting: prose,
        falsePositives: XSS_PAYLOADS.map((p, i) => ({ title: `Case ${i + 1}: ${p}`, detail: p })),
        // The test plan is written as HTML text (components/detection/test-plan-html.ts): every field it shows.
        tests: (doc.tests as Array<Record<string, unknown>>).map((t, i) => ({
          ...t,
          name: `${t.name} ${XSS_PAYLOADS[i % XSS_PAYLOADS.length]}`,
          behaviour: `${t.behaviour} ${XSS_PAYLOADS.join(' ')}`,
          signal: `${t.signal} ${XSS_PAYLOADS.join(' ')}`,
          logSource: `${t.logSource} ${XSS_PAYLOADS[0]}`,
          atomic: XSS_PAYLOADS.join(' '),
          eventNames: [...(t.eventNames as string[]), ...XSS_PAYLOADS.slice(0, 4)],
          fields: [...(t.fields as string[]), ...XSS_PAYLOADS.slice(0, 4)],
        })),
        variants,
      },
      message: '<script>__xss(99)</script>',
    },
    headers: { ...json(), 'if-match': etag },
  });
  expect(res.status(), await res.text()).toBe(200);
  expect((await api('editor').post(`${urls.api.detection(SLUG)}/submit`, { headers: { origin: base } })).status()).toBe(
    200,
  );
  // The reviewer names the revision saved above, the one they would have read.
  const approved = await api('reviewer').post(`${urls.api.detection(SLUG)}/approve`, {
    headers: { origin: base, 'if-match': res.headers().etag ?? '' },
  });
  expect(approved.status(), await approved.text()).toBe(200);
});

/** Records anything a payload would do: a dialog, a console line about it, a request to another origin, an error. */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    window.__xssHits = [];
    window.__xss = (n: number) => {
      window.__xssHits.push(n);
    };
  });
  page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/xss|Content Security Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => {
    if (/xss/i.test(e.message)) seen.push(`error: ${e.message}`);
  });
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== base) seen.push(`request: ${r.url()}`);
  });
  return seen;
}

/** Elements, event handler attributes and script URLs the payloads would have made; none may exist. */
async function madeByPayloads(page: Page, contentSelector: string): Promise<string[]> {
  return page.evaluate(
    ({ contentSelector, tags }) => {
      const found: string[] = [];
      const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'];
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
          if (urlAttributes.includes(a.name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(a.value)) {
            found.push(`${el.localName}[${a.name}="${a.value}"]`);
          }
        }
      }
      for (const scope of document.querySelectorAll(contentSelector)) {
        for (const el of scope.querySelectorAll('*')) if (tags.includes(el.localName)) found.push(`<${el.localName}>`);
      }
      return found;
    },
    { contentSelector, tags: FORBIDDEN_TAGS },
  );
}

async function expectNothingRan(page: Page, seen: string[]) {
  // Long enough for a delayed handler (onfocus, animations, lazy images) to have fired.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__xssHits)).toEqual([]);
  expect(seen).toEqual([]);
}

for (const [name, path] of [
  ['overview', () => urls.detection(SLUG)],
  ['QRadar', () => urls.variant(SLUG, 'qradar')],
  ['Sigma', () => urls.sigma(SLUG)],
] as const) {
  test(`the public ${name} page shows every payload as text and runs none`, async ({ page }) => {
    const seen = await watch(page);
    const res = await page.goto(path());
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('<script>__xss(0)</script></title><img src=x onerror=__xss(0)>');
    expect(await page.title()).toContain('</title><img src=x onerror=__xss(0)>');
    expect(await madeByPayloads(page, 'main')).toEqual([]);
    if (name === 'QRadar') {
      const details = await page.getByTestId('false-positive').locator('p').nth(1).allTextContents();
      expect(details.length).toBeGreaterThan(0);
      const shown = await page.getByTestId('false-positive').allTextContents();
      for (const payload of XSS_PAYLOADS)
        expect(
          shown.some((t) => t.includes(payload)),
          payload,
        ).toBe(true);
      const plan = (await page.getByTestId('test-case').allTextContents()).join('\n');
      for (const payload of XSS_PAYLOADS) expect(plan, payload).toContain(payload);
    }
    await page.screenshot({ path: `${SHOTS}/public-${name}.png`, fullPage: true });
    await expectNothingRan(page, seen);
  });
}

test('the editor and its live previews show every payload as text and run none', async ({ page }) => {
  await signIn(page.request, base, 'editor');
  const seen = await watch(page);
  const res = await page.goto(urls.editor(SLUG));
  expect(res?.status()).toBe(200);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
  const previews = page.getByTestId('mdx-preview');
  await expect(previews.first()).toBeVisible();
  // Each preview is rendered by the server a moment after the page loads: wait until none is empty.
  await expect
    .poll(async () => previews.evaluateAll((els) => els.filter((e) => e.childElementCount === 0).length), {
      timeout: 20_000,
    })
    .toBe(0);
  expect(await madeByPayloads(page, '[data-testid="mdx-preview"]')).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/editor.png`, fullPage: true });
  await expectNothingRan(page, seen);
});

test('the history page shows the payloads in its diff and revision messages as text and runs none', async ({
  page,
}) => {
  await signIn(page.request, base, 'editor');
  const seen = await watch(page);
  await page.goto(urls.history(SLUG));
  await expect(page.getByTestId('revision-row').first()).toContainText('<script>__xss(99)</script>');
  expect(await madeByPayloads(page, '[data-testid="diff"]')).toEqual([]);
  await expectNothingRan(page, seen);
});
