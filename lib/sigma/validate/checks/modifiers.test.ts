import { describe, expect, it } from 'vitest';
import { yaml } from '../../test-support';
import { validateSigma } from '../validate';
import { modifiersCheck } from './modifiers';

const findings = (text: string) => validateSigma(text, { checks: [modifiersCheck] }).findings;

describe('modifiers check', () => {
  it('accepts known modifiers, chained, in maps and in lists of maps', () => {
    expect(
      findings(yaml`
      title: t
      detection:
          selection:
              CommandLine|contains|all: [a, b]
              Image|endswith: x.exe
          alternatives:
              - CommandLine|re|i: 'x.*y'
              - DestinationIp|cidr: 10.0.0.0/8
          keywords: [a, b]
          condition: 1 of them
    `),
    ).toEqual([]);
  });

  it('points at an unknown modifier inside the key and suggests the likely one', () => {
    expect(
      findings(yaml`
      title: t
      detection:
          selection:
              CommandLine|contians|all:
                  - trace
                  - start
          condition: selection
    `),
    ).toEqual([
      {
        code: 'MODIFIER_UNKNOWN',
        severity: 'error',
        path: 'detection.selection.CommandLine|contians|all',
        line: 4,
        column: 21,
        message: "unknown value modifier 'contians' on field CommandLine (did you mean 'contains'?)",
      },
    ]);
  });

  it('finds modifiers in lists of maps and in quoted keys', () => {
    expect(
      findings(yaml`
      title: t
      detection:
          selection:
              - Image|endwith: x
              - 'User Name|startswith|nocase': y
          condition: selection
    `),
    ).toEqual([
      {
        code: 'MODIFIER_UNKNOWN',
        severity: 'error',
        path: 'detection.selection[0].Image|endwith',
        line: 4,
        column: 17,
        message: "unknown value modifier 'endwith' on field Image (did you mean 'endswith'?)",
      },
      {
        code: 'MODIFIER_UNKNOWN',
        severity: 'error',
        path: 'detection.selection[1]["User Name|startswith|nocase"]',
        line: 5,
        column: 33,
        message: "unknown value modifier 'nocase' on field User Name",
      },
    ]);
  });

  it('rejects an empty modifier', () => {
    expect(findings('title: t\ndetection:\n    sel:\n        Image||endswith: x\n    condition: sel\n')).toEqual([
      {
        code: 'MODIFIER_EMPTY',
        severity: 'error',
        path: 'detection.sel.Image||endswith',
        line: 4,
        column: 15,
        message: "'Image||endswith' has an empty modifier: remove the extra '|'",
      },
    ]);
  });

  it("warns about 'all' on a single value", () => {
    expect(
      findings('title: t\ndetection:\n    sel:\n        CommandLine|contains|all: trace\n    condition: sel\n'),
    ).toEqual([
      {
        code: 'MODIFIER_ALL_SINGLE_VALUE',
        severity: 'warning',
        path: 'detection.sel.CommandLine|contains|all',
        line: 4,
        column: 21,
        message: "'all' on 'CommandLine|contains|all' has a single value: use a list of values, or drop 'all'",
      },
    ]);
  });
});
