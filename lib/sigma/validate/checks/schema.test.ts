import { describe, expect, it } from 'vitest';
import { yaml } from '../../test-support';
import { validateSigma } from '../validate';
import { schemaCheck } from './schema';

const findings = (text: string) => validateSigma(text, { checks: [schemaCheck] }).findings;

describe('schema check', () => {
  it('accepts a complete rule', () => {
    expect(
      findings(yaml`
      title: t
      logsource: {product: aws}
      detection:
          selection: {eventName: x}
          keywords: [a, 1, {b: c}]
          condition: selection
    `),
    ).toEqual([]);
  });

  it('names missing required properties, nested ones with their parent, at the parent', () => {
    expect(findings('title: t\nlogsource: {}\ndetection:\n    selection: {a: 1}\n')).toEqual([
      {
        code: 'SCHEMA_REQUIRED',
        severity: 'error',
        path: 'detection.condition',
        line: 3,
        column: 1,
        message: "detection: required property 'condition' is missing",
      },
    ]);
    expect(findings('logsource: {}\ndetection: {condition: x}\n')).toEqual([
      {
        code: 'SCHEMA_REQUIRED',
        severity: 'error',
        path: 'title',
        line: 1,
        column: 1,
        message: "required property 'title' is missing",
      },
    ]);
  });

  it('says which type was expected and which was given', () => {
    expect(
      findings('title: t\nlogsource: {}\ndetection: {condition: x}\ntags: attack.t1020, attack.exfiltration\n'),
    ).toEqual([
      {
        code: 'SCHEMA_TYPE',
        severity: 'error',
        path: 'tags',
        line: 4,
        column: 7,
        message: "tags must be a list, got a string ('attack.t1020, attack.exfiltration')",
      },
    ]);
    expect(findings('title: t\nlogsource: {}\ndetection: \'EventName = "x"\'\n')[0]?.message).toBe(
      `detection must be a mapping, got a string ('EventName = "x"')`,
    );
  });

  it('explains the Sigma 1.0 list form of the condition', () => {
    expect(findings('title: t\nlogsource: {}\ndetection:\n    a: {x: 1}\n    condition:\n        - a\n')).toEqual([
      {
        code: 'SCHEMA_TYPE',
        severity: 'error',
        path: 'detection.condition',
        line: 5,
        column: 5,
        message:
          "detection.condition must be a string, got a list (the Sigma 1.0 list form): join the conditions with ' or '",
      },
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(findings('title: t\nlogsource: {}\ndetection: {condition: x}\nlevel: severe\n')).toEqual([
      {
        code: 'SCHEMA_ENUM',
        severity: 'error',
        path: 'level',
        line: 4,
        column: 8,
        message: "level: 'severe' is not an allowed value (informational, low, medium, high, critical)",
      },
    ]);
  });

  it('counts characters for maxLength and points at the value', () => {
    expect(findings(`title: ${'é'.repeat(257)}\nlogsource: {}\ndetection: {condition: x}\n`)).toEqual([
      {
        code: 'SCHEMA_MAX_LENGTH',
        severity: 'error',
        path: 'title',
        line: 1,
        column: 8,
        message: 'title is 257 characters long; the maximum is 256',
      },
    ]);
  });

  it('points at a repeated list entry', () => {
    expect(
      findings(
        'title: t\nlogsource: {}\ndetection: {condition: x}\nreferences:\n    - https://a\n    - https://b\n    - https://a\n',
      ),
    ).toEqual([
      {
        code: 'SCHEMA_UNIQUE_ITEMS',
        severity: 'error',
        path: 'references[2]',
        line: 7,
        column: 7,
        message: "references lists 'https://a' twice (items 0 and 2); each entry must be unique",
      },
    ]);
  });

  it('reports one clear finding for a search identifier of the wrong shape, and the inner reason when the shape fits', () => {
    expect(
      findings('title: t\nlogsource: {}\ndetection:\n    selection: just text\n    condition: selection\n'),
    ).toEqual([
      {
        code: 'SCHEMA_ANY_OF',
        severity: 'error',
        path: 'detection.selection',
        line: 4,
        column: 16,
        message:
          "detection.selection must be a list or a mapping, got a string ('just text') (a search identifier is a mapping of field: value, or a list)",
      },
    ]);
    expect(
      findings(
        'title: t\nlogsource: {}\ndetection:\n    keywords:\n        - ok\n        - null\n    condition: keywords\n',
      ),
    ).toEqual([
      {
        code: 'SCHEMA_ANY_OF',
        severity: 'error',
        path: 'detection.keywords[1]',
        line: 6,
        column: 11,
        message: 'detection.keywords[1] must be a string, an integer or a mapping, got null',
      },
    ]);
  });

  it('explains a Sigma 1.0 timeframe inside detection', () => {
    expect(
      findings(
        'title: t\nlogsource: {}\ndetection:\n    a: {x: 1}\n    timeframe: 5m\n    condition: a | count() > 5\n',
      )[0]?.message,
    ).toBe(
      "detection.timeframe (a string ('5m')) is Sigma 1.0 syntax: Sigma 2 has no timeframe in detection, it belongs in a correlation rule",
    );
  });

  it('leaves id, dates and tag patterns to the checks that explain them better', () => {
    expect(
      findings('title: t\nid: nope\ndate: 2024/01/01\ntags: [Bad]\nlogsource: {}\ndetection: {condition: x}\n'),
    ).toEqual([]);
  });
});
