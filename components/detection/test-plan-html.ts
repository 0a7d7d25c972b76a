import { escapeText } from '@/lib/html';
import type { TestCase } from './test-case';

/** The test plan's items as HTML text (TestPlan hands it to React whole). Styled by `.tests` in app/globals.css. */
export function testPlanHtml(tests: TestCase[]): string {
  return tests
    .map((t, i) => {
      const atomic = t.atomicRef ? `<span class="atomic">${escapeText(`Atomic Red Team: ${t.atomicRef}`)}</span>` : '';
      const events = t.eventNames.map((e) => `<code>${escapeText(e)}</code>`).join('');
      return (
        `<li data-testid="test-case"><div class="head"><span class="n">${i + 1}</span>` +
        `<h3>${escapeText(t.name)}</h3><span class="env">${escapeText(t.environment)}</span>${atomic}</div>` +
        `<p class="do"><b>Behaviour to exercise: </b>${escapeText(t.behaviour)}</p>` +
        `<div data-testid="expected-signal" class="signal"><b>${escapeText(`Expected signal in ${t.logSource}`)}</b>` +
        `${escapeText(t.signal)}<div class="events">${events}</div>` +
        `<p class="fields">Fields: <span>${escapeText(t.fields.join(' · '))}</span></p></div></li>`
      );
    })
    .join('');
}
