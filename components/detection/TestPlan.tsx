'use client';

import type { TestCase } from './test-case';
import { testPlanHtml } from './test-plan-html';

/**
 * The test plan, drawn in the browser from its data: as server-rendered elements its some 100 elements were
 * written into the page twice (HTML and React's payload); as data, the payload holds the words once and the
 * HTML the markup. Written as HTML text (test-plan-html.ts), built alike on the server and in the browser, so
 * hydration walks one list rather than every element of it. Styled by `.tests` in app/globals.css.
 */
export function TestPlan({ tests }: { tests: TestCase[] }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: testPlanHtml escapes every stored value.
  return <ol className="tests" dangerouslySetInnerHTML={{ __html: testPlanHtml(tests) }} />;
}
