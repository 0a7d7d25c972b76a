// The detection editor in the browser: an editor writes a detection from nothing (a finding appears at its line as
// she types a broken rule, goes when she fixes it; the samples run; a SIEM query is drafted from Sigma), saves and
// submits it; a reviewer approves it and the public page shows it. Two editors on one detection: the second save is
// refused, nothing the second typed is lost, the first one's change is kept.
import { randomUUID } from 'node:crypto';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { urls } from '../lib/urls';
import { freshDocument } from './support/documents';
import { PASSWORD, PEOPLE, type Person } from './support/people';

test.describe.configure({ mode: 'serial' });

const RUN = Date.now().toString(36);
const TITLE = `Traffic mirror session e2e ${RUN}`;
const SLUG = `traffic-mirror-session-e2e-${RUN}`;

async function signedIn(context: BrowserContext, baseURL: string, who: Person): Promise<Page> {
  const res = await context.request.post('/api/auth/sign-in/email', {
    data: { email: PEOPLE[who], password: PASSWORD },
    headers: { origin: baseURL },
  });
  expect(res.status(), await res.text()).toBe(200);
  return context.newPage();
}

/** Replaces the whole text of a CodeMirror editor, as a paste does, and waits until the editor holds it. */
async function replaceCode(page: Page, testId: string, text: string) {
  const content = page.getByTestId(testId).locator('.cm-content');
  await expect(content).toBeEditable();
  await content.click();
  await expect(content).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
  // biome-ignore lint/performance/useDomNodeTextContent: CodeMirror's lines are elements; only innerText has their breaks
  await expect.poll(async () => (await content.innerText()).trimEnd()).toBe(text.trimEnd());
}

const rule = (level: string) => `title: Traffic mirror session created
id: ${randomUUID()}
status: experimental
description: A traffic mirror session copies an instance's network traffic elsewhere.
author: Tripline e2e
date: 2026-12-02
tags:
  - attack.exfiltration
  - attack.t1020.001
logsource:
  product: aws
  service: cloudtrail
detection:
  selection:
    eventSource: ec2.amazonaws.com
    eventName|startswith: CreateTrafficMirror
  condition: selection
falsepositives:
  - Approved network monitoring
level: ${level}`;

const TEST_PLAN = `tests:
  - key: mirror-session
    name: Create a traffic mirror session
    environment: aws
    behaviour: Create a mirror target and a session on a test instance.
    logSource: AWS CloudTrail
    eventNames: [CreateTrafficMirrorTarget, CreateTrafficMirrorSession]
    fields: [eventSource, eventName]
    signal: One alert per mirror target or session created.
samples:
  - key: create-session
    test: mirror-session
    expect: match
    description: A mirror session created by an IAM user
    logSource: AWS CloudTrail
    event: { eventSource: ec2.amazonaws.com, eventName: CreateTrafficMirrorSession }
  - key: describe-sessions
    expect: miss
    description: Listing the mirror sessions
    logSource: AWS CloudTrail
    event: { eventSource: ec2.amazonaws.com, eventName: DescribeTrafficMirrorSessions }
`;

test('an editor writes a detection from nothing, a reviewer approves it, and it is public', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const base = baseURL ?? '';
  const editorContext = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
  const page = await signedIn(editorContext, base, 'editor');

  await page.goto(urls.editorNew());
  await page.getByLabel('Title').fill(TITLE);
  await expect(page.getByLabel('Slug')).toHaveValue(SLUG);
  await page.getByLabel('Summary').fill('A traffic mirror session or target is created in AWS.');
  await page.getByRole('combobox', { name: 'Techniques' }).fill('traffic dupl');
  await expect(page.getByRole('option', { name: /T1020\.001/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Techniques' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Techniques chosen' })).toContainText('T1020.001 Traffic Duplication');
  await page.getByLabel('Severity').selectOption('high');
  await page.getByLabel('Confidence').selectOption('medium');
  await page.getByRole('button', { name: 'Add a false positive' }).click();
  await page.getByLabel('False positive 1 title').fill('Approved network monitoring');
  await page.getByLabel('False positive 1 detail').fill('Sessions whose target is the monitoring appliance.');

  // The rule as typed: all but its last line pasted, then `level: severe` typed key by key.
  const broken = rule('severe');
  await replaceCode(page, 'sigma-editor', broken.slice(0, broken.lastIndexOf('\n') + 1));
  await page.keyboard.type('level: severe', { delay: 20 });
  const levelLine = broken.split('\n').length;
  const finding = page.getByTestId('sigma-findings').locator(`li[data-line="${levelLine}"]`);
  await expect(finding).toContainText(/level/);
  await expect(page.getByTestId('sigma-editor').locator('.cm-lintRange-error')).toHaveText('severe');
  await page.screenshot({ path: testInfo.outputPath('editor-finding.png'), fullPage: false });

  // Fixed: the finding goes.
  await page.keyboard.press('Backspace');
  for (let i = 0; i < 'severe'.length - 1; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('high', { delay: 20 });
  await expect(page.getByTestId('sigma-clean')).toBeVisible();

  await replaceCode(page, 'test-plan-editor', TEST_PLAN);
  await page.getByRole('button', { name: 'Run the samples' }).click();
  await expect(page.getByTestId('samples-summary')).toHaveText(
    'Proven: 1 of 1 attack sample matched, 0 of 1 benign look-alike matched',
  );
  await expect(page.getByTestId('sample-row')).toHaveCount(2);
  await expect(page.getByTestId('sample-row').first()).toContainText('create-session');
  await expect(page.getByTestId('sample-row').first()).toContainText('selection');
  await expect(page.locator('[data-testid="sample-row"][data-ok="true"]')).toHaveCount(2);

  await page.getByRole('tab', { name: /Splunk/ }).click();
  await page.getByRole('button', { name: 'Draft from Sigma' }).click();
  await expect(page.getByTestId('query-editor-splunk')).toContainText('CreateTrafficMirror');
  await expect(page.getByLabel('Data source 1', { exact: true })).not.toHaveValue('');
  await page.getByLabel('What the query does', { exact: true }).fill('Finds **mirror sessions** and targets.');
  await expect(page.getByRole('region', { name: 'What the query does preview' }).locator('strong')).toHaveText(
    'mirror sessions',
  );

  await page
    .getByLabel('Overview', { exact: true })
    .fill('Mirroring copies traffic. Press <Kbd>Ctrl</Kbd> to **stop**.');
  const preview = page.getByRole('region', { name: 'Overview preview' });
  await expect(preview.locator('kbd')).toHaveText('Ctrl');
  await expect(preview.locator('strong')).toHaveText('stop');
  await page.getByLabel('Investigation guide', { exact: true }).fill('Run {alert(1)}');
  await expect(page.getByRole('region', { name: 'Investigation guide preview' })).toContainText(
    /Line 1, column 5: .*expressions/,
  );
  await page.getByLabel('Investigation guide', { exact: true }).fill('Check who created the session.');

  await page.screenshot({ path: testInfo.outputPath('editor-wide.png'), fullPage: true });

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('editor-notice')).toHaveText('Saved as revision 1.');
  await expect(page).toHaveURL(urls.editor(SLUG));
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByTestId('editor-notice')).toHaveText('Submitted revision 1 for review.');
  await expect(page.getByTestId('editor-state')).toContainText('waiting for review');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('editor-narrow.png'), fullPage: false });
  await editorContext.close();

  const reviewerContext = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
  const review = await signedIn(reviewerContext, base, 'reviewer');
  await review.goto(urls.editor());
  await review.getByRole('link', { name: 'Waiting for my review' }).click();
  await expect(review.getByTestId('editor-list')).toContainText(TITLE);
  await review.screenshot({ path: testInfo.outputPath('editor-list.png'), fullPage: false });
  await review.getByRole('link', { name: TITLE }).click();
  await review.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(review.getByTestId('editor-notice')).toContainText('Approved and published revision 1');
  await reviewerContext.close();

  const anonymous = await browser.newPage({ baseURL: base });
  const res = await anonymous.goto(urls.detection(SLUG));
  expect(res?.status()).toBe(200);
  await expect(anonymous.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(anonymous.locator('#overview kbd')).toHaveText('Ctrl');
  await anonymous.close();
});

test('no lost update: the second save is refused, the second editor’s text stays, the first one’s change is kept', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  const slug = `no-lost-update-e2e-${RUN}`;
  const first = await browser.newContext({ baseURL: base });
  const second = await browser.newContext({ baseURL: base });
  const edna = await signedIn(first, base, 'editor');
  const eli = await signedIn(second, base, 'editor2');
  const document = await freshDocument(first.request, slug);
  const created = await first.request.post(urls.api.detections(), {
    data: { document },
    headers: { origin: base, 'content-type': 'application/json' },
  });
  expect(created.status(), await created.text()).toBe(201);

  await edna.goto(urls.editor(slug));
  await eli.goto(urls.editor(slug));
  await edna.getByLabel('Summary').fill('Edna’s summary, saved first.');
  await eli.getByLabel('Summary').fill('Eli’s summary, typed at the same time.');
  await edna.getByRole('button', { name: 'Save draft' }).click();
  await expect(edna.getByTestId('editor-notice')).toHaveText('Saved as revision 2.');

  await eli.getByRole('button', { name: 'Save draft' }).click();
  await expect(eli.getByTestId('conflict')).toContainText('Someone else saved this detection after you opened it.');
  await expect(eli.getByTestId('editor-notice')).toContainText(/someone saved .* after you opened it/);
  await expect(eli.getByLabel('Summary')).toHaveValue('Eli’s summary, typed at the same time.');

  const stored = await first.request.get(urls.api.source(slug));
  expect((await stored.json()).document.summary).toBe('Edna’s summary, saved first.');

  // Eli looks at what Edna saved, then puts his own text back: nothing he typed was lost.
  await eli.getByRole('button', { name: 'Load their version (keep mine aside)' }).click();
  await expect(eli.getByLabel('Summary')).toHaveValue('Edna’s summary, saved first.');
  await expect(eli.getByTestId('conflict')).toContainText('it differs from yours in: Summary');
  await eli.getByRole('button', { name: 'Put my text back' }).click();
  await expect(eli.getByLabel('Summary')).toHaveValue('Eli’s summary, typed at the same time.');
  await first.close();
  await second.close();
});

test('the editor is for signed-in editors: anyone else is sent to sign in', async ({ page }) => {
  for (const path of [urls.editor(), urls.editorNew(), urls.editor('traffic-duplication')]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location).toBe(urls.login());
  }
});
