// Issue 6, point 12: an import run from another shell, with neither PORT nor TRIPLINE_URL, revalidates the portal
// the user started, here Playwright's `next start` on its own port (never 3000), and the page shows the change
// at once instead of after the 300 s ISR window.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { MAIN_PORT } from './support/servers';

const run = promisify(execFile);

function rule(id: string, title: string): string {
  return `title: ${title}
id: ${id}
status: test
description: A rule the browser tests import to see the running portal revalidated.
author: Tripline tests
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
    eventName: CreateTrafficMirrorSession
  condition: selection
falsepositives:
  - None known
level: low
`;
}

/** `npm run import:sigma -- <folder>` as a user would type it in a shell that knows only the database. */
async function importSigma(folder: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PORT;
  delete env.TRIPLINE_URL;
  const { stdout } = await run('npx', ['tsx', 'scripts/import-sigma.ts', folder], { env, timeout: 120_000 });
  return stdout;
}

test('an import revalidates the portal running on another port, and the page shows the change', async ({ request }) => {
  test.setTimeout(240_000);
  expect(MAIN_PORT).not.toBe(3000);
  const folder = mkdtempSync(join(tmpdir(), 'tripline-revalidate-'));
  const name = `revalidate-probe-${Date.now()}`;
  const id = randomUUID();
  const heading = async () =>
    /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await request.get(`/detections/${name}`)).text())?.[1];
  try {
    writeFileSync(join(folder, `${name}.yml`), rule(id, 'Revalidation Probe One'));
    expect(await importSigma(folder)).toContain(`revalidated the portal at http://127.0.0.1:${MAIN_PORT}`);
    expect(await heading()).toBe('Revalidation Probe One');
    // Cached now: only a revalidation can change what this URL serves for the next 300 s.
    expect(await heading()).toBe('Revalidation Probe One');

    writeFileSync(join(folder, `${name}.yml`), rule(id, 'Revalidation Probe Two'));
    const output = await importSigma(folder);
    expect(output).toMatch(/updated\s+1\n/);
    expect(output).toContain(`revalidated the portal at http://127.0.0.1:${MAIN_PORT}`);
    await expect.poll(heading, { timeout: 10_000 }).toBe('Revalidation Probe Two');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
