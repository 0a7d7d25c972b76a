'use client';

import type { TestCase } from './test-case';

/**
 * The test plan, drawn in the browser from its data: as server-rendered elements its some 100 elements were
 * written into the page twice (HTML and React's payload); as data, the payload holds the words once and the
 * HTML the markup. Styled by `.tests` in app/globals.css.
 */
export function TestPlan({ tests }: { tests: TestCase[] }) {
  return (
    <ol className="tests">
      {tests.map((t, i) => (
        <li key={t.key} data-testid="test-case">
          <div className="head">
            <span className="n">{i + 1}</span>
            <h3>{t.name}</h3>
            <span className="env">{t.environment}</span>
            {t.atomicRef ? <span className="atomic">{`Atomic Red Team: ${t.atomicRef}`}</span> : null}
          </div>
          <p className="do">
            <b>Behaviour to exercise: </b>
            {t.behaviour}
          </p>
          <div data-testid="expected-signal" className="signal">
            <b>{`Expected signal in ${t.logSource}`}</b>
            {t.signal}
            <div className="events">
              {t.eventNames.map((e) => (
                <code key={e}>{e}</code>
              ))}
            </div>
            <p className="fields">
              Fields: <span>{t.fields.join(' · ')}</span>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
