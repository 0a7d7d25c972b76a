import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { compileRule, type SigmaRuleObject } from './match';
import { explainDocuments, proveRule } from './prove';

const rule = parse(`
detection:
  selection:
    eventSource: ec2.amazonaws.com
    eventName:
      - CreateTrafficMirrorSession
      - CreateTrafficMirrorTarget
  filter:
    userIdentity.arn|endswith: ':role/NetworkMonitoring'
  condition: selection and not filter
`) as SigmaRuleObject;

describe('proveRule', () => {
  it('counts attack samples matched and benign look-alikes matched', () => {
    const proof = proveRule(
      [rule],
      [
        {
          key: 'session',
          expect: 'match',
          event: { eventSource: 'ec2.amazonaws.com', eventName: 'CreateTrafficMirrorSession' },
        },
        {
          key: 'target',
          expect: 'match',
          event: { eventSource: 'ec2.amazonaws.com', eventName: 'CreateTrafficMirrorTarget' },
        },
        {
          key: 'approved',
          expect: 'miss',
          event: {
            eventSource: 'ec2.amazonaws.com',
            eventName: 'CreateTrafficMirrorSession',
            userIdentity: { arn: 'arn:aws:iam::1:role/NetworkMonitoring' },
          },
        },
        {
          key: 'describe',
          expect: 'miss',
          event: { eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInstances' },
        },
      ],
    );
    expect(proof).toEqual({
      attack: { matched: 2, total: 2 },
      benign: { matched: 0, total: 2 },
      results: [
        { key: 'session', expect: 'match', matched: true, ok: true, selections: { selection: true, filter: false } },
        { key: 'target', expect: 'match', matched: true, ok: true, selections: { selection: true, filter: false } },
        { key: 'approved', expect: 'miss', matched: false, ok: true, selections: { selection: true, filter: true } },
        { key: 'describe', expect: 'miss', matched: false, ok: true, selections: { selection: false, filter: false } },
      ],
    });
  });

  it('marks a sample whose outcome differs from its expectation', () => {
    const proof = proveRule(
      [rule],
      [
        {
          key: 'oops',
          expect: 'miss',
          event: { eventSource: 'ec2.amazonaws.com', eventName: 'CreateTrafficMirrorTarget' },
        },
      ],
    );
    expect(proof.benign).toEqual({ matched: 1, total: 1 });
    expect(proof.results[0]?.ok).toBe(false);
  });

  it('matches an event when any document of a multi-document rule matches', () => {
    const documents = parseAllDocuments(`
detection:
  sel:
    EventID: 1
  condition: sel
---
detection:
  sel:
    EventID: 2
  condition: sel
`).map((d) => d.toJS() as SigmaRuleObject);
    const proof = proveRule(documents, [
      { key: 'one', expect: 'match', event: { EventID: 1 } },
      { key: 'two', expect: 'match', event: { EventID: 2 } },
      { key: 'three', expect: 'miss', event: { EventID: 3 } },
    ]);
    expect(proof.results.map((r) => [r.key, r.matched, r.selections])).toEqual([
      ['one', true, { '1:sel': true, '2:sel': false }],
      ['two', true, { '1:sel': false, '2:sel': true }],
      ['three', false, { '1:sel': false, '2:sel': false }],
    ]);
    expect(proof.attack).toEqual({ matched: 2, total: 2 });
  });
});

describe('explainDocuments', () => {
  it('keeps a selection named __proto__ as a selection, in single and multi-document rules', () => {
    const proto = parse('detection:\n  __proto__: {A: 1}\n  condition: __proto__\n') as SigmaRuleObject;
    const one = explainDocuments([compileRule(proto)], { A: 1 });
    expect([one.match, Object.entries(one.selections)]).toEqual([true, [['__proto__', true]]]);
    const two = explainDocuments([compileRule(proto), compileRule(proto)], { A: 2 });
    expect(Object.entries(two.selections)).toEqual([
      ['1:__proto__', false],
      ['2:__proto__', false],
    ]);
  });
});
