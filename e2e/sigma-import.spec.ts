// Reads ../shared/fixtures (SigmaHQ rules), which scripts/test-all.sh imports into the browser-test database.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const FIXTURES = '../shared/fixtures/sigmahq';
const RULE = `${FIXTURES}/rules/cloud/aws/cloudtrail/aws_cloudtrail_disable_logging.yml`;

test.describe('rules imported from a SigmaHQ collection', () => {
  test.beforeAll(() => {
    if (!existsSync(FIXTURES))
      throw new Error(
        `the SigmaHQ fixtures are absent (${FIXTURES}); this test needs ../shared/fixtures beside the checkout`,
      );
  });

  test('download byte for byte by slug and by Sigma id', async ({ request }) => {
    const bytes = readFileSync(RULE);
    // By slug, the detection's rule file; by Sigma id, that one rule, named after its id (here the same bytes).
    for (const [path, name] of [
      ['/rules/aws-cloudtrail-disable-logging.yml', 'aws-cloudtrail-disable-logging.yml'],
      ['/rules/4db60cc0-36fb-42b7-9b58-a5b53019fb74.yml', '4db60cc0-36fb-42b7-9b58-a5b53019fb74.yml'],
    ] as const) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-disposition']).toBe(`attachment; filename="${name}"`);
      expect(Buffer.compare(await res.body(), bytes), path).toBe(0);
    }
  });

  test('have a detection page that says they are not proven here', async ({ page }) => {
    await page.goto('/detections/aws-cloudtrail-disable-logging');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS CloudTrail Important Change');
    await expect(page.getByTestId('proof-badge')).toHaveText('No sample events yet: not proven here');
    await expect(page.getByTestId('section-attack-mapping')).toContainText('T1685.002');
  });

  test('render even when the rule needs placeholder values to run', async ({ page }) => {
    for (const path of [
      '/detections/proc-creation-win-userdomain-variable-enumeration',
      '/detections/proc-creation-win-userdomain-variable-enumeration/sigma',
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.getByTestId('section-sigma')).toContainText('Download Sigma rule');
    }
  });

  test('have a page per SIEM with the converted query, labelled as such, or the reason there is none', async ({
    page,
  }) => {
    await page.goto('/detections/aws-cloudtrail-disable-logging');
    await expect(page.getByTestId('variant-link')).toHaveCount(5);
    await page.goto('/detections/aws-cloudtrail-disable-logging/sentinel');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Microsoft Sentinel');
    await expect(page.getByTestId('converted-notice')).toContainText('not reviewed by a person');
    await expect(page.getByTestId('section-query')).toContainText('AWSCloudTrail');
    await expect(page.getByTestId('section-query')).toContainText('StopLogging');
    await expect(page.getByTestId('section-data-sources')).toContainText('AWSCloudTrail');

    await page.goto('/detections/proc-creation-win-userdomain-variable-enumeration/splunk');
    await expect(page.getByTestId('not-converted')).toContainText('placeholder %userdomain% has no value');
  });
});
