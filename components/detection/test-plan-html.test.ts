import { describe, expect, it } from 'vitest';
import type { TestCase } from './test-case';
import { testPlanHtml } from './test-plan-html';

const test: TestCase = {
  key: 'aws-mirror',
  name: 'Mirror session',
  environment: 'aws',
  behaviour: 'Create a session',
  logSource: 'AWS CloudTrail',
  signal: 'One event per call.',
  eventNames: ['CreateTrafficMirrorSession', 'CreateTrafficMirrorTarget'],
  fields: ['eventName', 'sourceIPAddress'],
  atomicRef: null,
};

describe('testPlanHtml', () => {
  it('numbers each test and writes its behaviour, signal, events and fields', () => {
    expect(testPlanHtml([test, { ...test, key: 'second', atomicRef: 'T1020.001-1' }])).toBe(
      '<li data-testid="test-case"><div class="head"><span class="n">1</span><h3>Mirror session</h3>' +
        '<span class="env">aws</span></div><p class="do"><b>Behaviour to exercise: </b>Create a session</p>' +
        '<div data-testid="expected-signal" class="signal"><b>Expected signal in AWS CloudTrail</b>One event per call.' +
        '<div class="events"><code>CreateTrafficMirrorSession</code><code>CreateTrafficMirrorTarget</code></div>' +
        '<p class="fields">Fields: <span>eventName · sourceIPAddress</span></p></div></li>' +
        '<li data-testid="test-case"><div class="head"><span class="n">2</span><h3>Mirror session</h3>' +
        '<span class="env">aws</span><span class="atomic">Atomic Red Team: T1020.001-1</span></div>' +
        '<p class="do"><b>Behaviour to exercise: </b>Create a session</p>' +
        '<div data-testid="expected-signal" class="signal"><b>Expected signal in AWS CloudTrail</b>One event per call.' +
        '<div class="events"><code>CreateTrafficMirrorSession</code><code>CreateTrafficMirrorTarget</code></div>' +
        '<p class="fields">Fields: <span>eventName · sourceIPAddress</span></p></div></li>',
    );
  });

  it('escapes every stored value, so a test case cannot write markup', () => {
    const html = testPlanHtml([
      { ...test, name: '<img src=x onerror=alert(1)>', behaviour: '</p><script>', eventNames: ['<i>'] },
    ]);
    expect(html).not.toMatch(/<img|<script|<i>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
