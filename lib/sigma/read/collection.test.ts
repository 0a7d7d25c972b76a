import { describe, expect, it } from 'vitest';
import { brief, yaml } from '../test-support';
import { locate } from './locate';
import { parseSigma } from './parse';

const COLLECTION = yaml`
  action: global
  title: Service installed
  level: high
  detection:
      selection:
          ServiceName: evil
      condition: selection
  ---
  logsource:
      service: system
  detection:
      selection:
          EventID: 7045
  ---
  logsource:
      service: security
  level: medium
  detection:
      selection:
          EventID: 4697
`;

describe('Sigma 1.0 rule collections', () => {
  it('merges the global document into every rule, nested mappings key by key, the rule winning', () => {
    const parsed = parseSigma(COLLECTION);
    expect(parsed.findings).toEqual([]);
    expect(parsed.documents).toHaveLength(3);
    expect(parsed.rules.map((r) => ({ documents: r.documents, data: r.data }))).toEqual([
      {
        documents: [1, 0],
        data: {
          title: 'Service installed',
          level: 'high',
          detection: { selection: { ServiceName: 'evil', EventID: 7045 }, condition: 'selection' },
          logsource: { service: 'system' },
        },
      },
      {
        documents: [2, 0],
        data: {
          title: 'Service installed',
          level: 'medium',
          detection: { selection: { ServiceName: 'evil', EventID: 4697 }, condition: 'selection' },
          logsource: { service: 'security' },
        },
      },
    ]);
  });

  it('locates each value in the document that wrote it', () => {
    const parsed = parseSigma(COLLECTION);
    const [first] = parsed.rules;
    if (!parsed.yaml || !first) throw new Error('expected a parsed rule');
    expect(locate(parsed.yaml, first, 'title')).toMatchObject({ position: { line: 2, column: 8 }, document: 0 });
    expect(locate(parsed.yaml, first, 'detection.selection.EventID')).toMatchObject({
      position: { line: 13, column: 18 },
      document: 1,
    });
    expect(locate(parsed.yaml, first, 'detection.selection.ServiceName')).toMatchObject({
      position: { line: 6, column: 22 },
      document: 0,
    });
    // A missing key points at its deepest existing parent.
    expect(locate(parsed.yaml, first, 'logsource.product')).toMatchObject({
      position: { line: 9, column: 1 },
      document: 1,
    });
  });

  it("forgets the global content after 'action: reset'", () => {
    const parsed = parseSigma('action: global\nlevel: high\n---\ntitle: a\n---\naction: reset\n---\ntitle: b\n');
    expect(parsed.rules.map((r) => r.data)).toEqual([{ level: 'high', title: 'a' }, { title: 'b' }]);
  });

  it("repeats the previous rule with 'action: repeat', overriding what the repeat document sets", () => {
    const parsed = parseSigma(
      'title: a\nlogsource:\n    product: windows\n    service: sysmon\n---\naction: repeat\nlogsource:\n    service: security\n',
    );
    expect(parsed.rules.map((r) => ({ documents: r.documents, data: r.data }))).toEqual([
      { documents: [0], data: { title: 'a', logsource: { product: 'windows', service: 'sysmon' } } },
      { documents: [1, 0], data: { title: 'a', logsource: { product: 'windows', service: 'security' } } },
    ]);
  });

  it('does not let one merged rule change another (aliases share objects)', () => {
    const parsed = parseSigma(
      'action: global\nx: &x {a: 1}\ndetection: {sel: *x}\n---\ndetection: {sel: {b: 2}}\n---\ndetection: {other: 1}\n',
    );
    expect(parsed.rules.map((r) => r.data.detection)).toEqual([{ sel: { a: 1, b: 2 } }, { sel: { a: 1 }, other: 1 }]);
  });

  it('reports collection misuse where the action is written', () => {
    expect(brief(parseSigma('action: repeat\ntitle: a\n').findings)).toEqual([
      '1:9 error COLLECTION_REPEAT_WITHOUT_RULE action',
    ]);
    expect(parseSigma('action: merge\ntitle: a\n').findings[0]?.message).toBe(
      "action 'merge' is not a Sigma collection action (global, reset or repeat)",
    );
    expect(brief(parseSigma('action: global\ntitle: a\n').findings)).toEqual(['1:1 error COLLECTION_NO_RULE action']);
  });
});
