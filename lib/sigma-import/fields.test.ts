import { describe, expect, it } from 'vitest';
import { parseSigma } from '../sigma/read';
import { confidenceOf, ruleFields } from './fields';

const fieldsOf = (text: string) => ruleFields(parseSigma(text), text);

const RULE = `title: A rule
id: ABCDEF01-3d4e-4f50-8a6b-7c8d9e0f1a2b
status: stable
level: high
description: Detects <b>this</b>. And more.
falsepositives: [Admins, ' ', Backup jobs]
tags: [attack.exfiltration, attack.t1020.001, attack.T1071, cve.2024-1234, attack.g0016]
logsource: { product: aws, service: cloudtrail }
detection: { selection: { eventName: x }, condition: selection }
`;

describe('ruleFields', () => {
  it('maps a rule to the document of a detection, but for its slug and techniques', () => {
    const f = fieldsOf(RULE);
    expect(f?.sigmaId).toBe('abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b');
    expect(f?.tagTechniques).toEqual(['T1020.001', 'T1071']);
    expect(f?.document).toEqual({
      title: 'A rule',
      summary: 'Detects <b>this</b>.',
      severity: 'high',
      confidence: 'high',
      related: [],
      falsePositives: [
        { title: 'Admins', detail: '' },
        { title: 'Backup jobs', detail: '' },
      ],
      overview: 'Detects \\<b\\>this\\</b\\>. And more.',
      investigation: '',
      response: '',
      hunting: '',
      sigma: RULE,
      tests: [],
      samples: [],
      variants: [],
    });
    expect(f?.rules.map((r) => [r.id, r.logsource, r.yaml === RULE])).toEqual([
      ['abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b', 'aws/cloudtrail', true],
    ]);
  });

  it('defaults: medium severity, the title as summary and overview, a single false positive string', () => {
    const f = fieldsOf('title: Only a title\nid: abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b\nfalsepositives: Unknown\n');
    expect(f?.document).toMatchObject({
      severity: 'medium',
      confidence: 'low',
      summary: 'Only a title',
      overview: 'Only a title',
      falsePositives: [{ title: 'Unknown', detail: '' }],
    });
  });

  it('takes the techniques of every rule of a collection, serves it whole, and needs an id', () => {
    const collection = `action: global
title: T
id: abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b
tags: [attack.t1020]
---
logsource: { product: aws }
detection: { s: { a: 1 }, condition: s }
---
logsource: { product: gcp }
tags: [attack.t1071, attack.t1020]
detection: { s: { a: 1 }, condition: s }
`;
    const f = fieldsOf(collection);
    expect(f?.tagTechniques).toEqual(['T1020', 'T1071']);
    expect(f?.rules.map((r) => [r.id, r.yaml === collection])).toEqual([
      ['abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b', true],
    ]);
    expect(fieldsOf('title: no id\n')).toBeNull();
  });

  it.each([
    ['stable', 'high'],
    ['test', 'medium'],
    ['experimental', 'low'],
    ['deprecated', 'low'],
    ['unsupported', 'low'],
    [undefined, 'low'],
  ])('confidence of status %s is %s', (status, confidence) => {
    expect(confidenceOf(status)).toBe(confidence);
  });
});
