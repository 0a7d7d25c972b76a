import type { TestCase } from './test-case';
import { testPlanHtml } from './test-plan-html';

/** The test plan, written as HTML text (test-plan-html.ts) through one escaper. Styled by `.tests` in app/globals.css. */
export function TestPlan({ tests }: { tests: TestCase[] }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: testPlanHtml escapes every stored value.
  return <ol className="tests" dangerouslySetInnerHTML={{ __html: testPlanHtml(tests) }} />;
}
