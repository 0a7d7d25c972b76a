import { describe, expect, it } from 'vitest';
import { yaml } from '../../test-support';
import { validateSigma } from '../validate';
import { conditionCheck } from './condition';

const findings = (text: string) => validateSigma(text, { checks: [conditionCheck] }).findings;

const rule = (condition: string, identifiers = ['selection_1', 'selection_2']): string =>
  `title: t\ndetection:\n${identifiers.map((n) => `    ${n}: {a: 1}\n`).join('')}    condition: ${condition}\n`;

describe('condition check', () => {
  it('accepts a condition whose names and patterns all exist', () => {
    expect(findings(rule('selection_1 and not 1 of selection_2*'))).toEqual([]);
    expect(findings(rule('all of them'))).toEqual([]);
  });

  it('names an undefined search identifier and what detection does define, at the name', () => {
    expect(findings(rule('selection_1 or selection_3', ['selection_1', 'selection_2', 'filter']))).toEqual([
      {
        code: 'CONDITION_UNUSED_IDENTIFIER',
        severity: 'warning',
        path: 'detection.selection_2',
        line: 4,
        column: 5,
        message: "search identifier 'selection_2' is defined but the condition never uses it",
      },
      {
        code: 'CONDITION_UNUSED_IDENTIFIER',
        severity: 'warning',
        path: 'detection.filter',
        line: 5,
        column: 5,
        message: "search identifier 'filter' is defined but the condition never uses it",
      },
      {
        code: 'CONDITION_UNDEFINED',
        severity: 'error',
        path: 'detection.condition',
        line: 6,
        column: 31,
        message: "condition names 'selection_3', but detection defines only selection_1, selection_2, filter",
      },
    ]);
  });

  it('suggests the identifier a typo most likely meant', () => {
    expect(findings(rule('selectoin', ['selection']))[1]?.message).toBe(
      "condition names 'selectoin', but detection defines only selection (did you mean 'selection'?)",
    );
  });

  it('points at the character where the condition stops parsing, in plain, quoted and multi-line scalars', () => {
    expect(findings(rule('selection_1 and (selection_2 or'))).toEqual([
      {
        code: 'CONDITION_SYNTAX',
        severity: 'error',
        path: 'detection.condition',
        line: 5,
        column: 47,
        message:
          "condition does not parse at character 32 of 'selection_1 and (selection_2 or': unexpected end of condition after 'or'",
      },
    ]);
    expect(findings(rule("'selection_1 and and selection_2'"))[0]).toMatchObject({ line: 5, column: 33 });
    const folded = yaml`
      title: t
      detection:
          a: {x: 1}
          condition: >
              a and
              ) b
    `;
    expect(findings(folded)[0]).toMatchObject({ code: 'CONDITION_SYNTAX', line: 6, column: 9 });
  });

  it('needs a pattern to match at least one identifier', () => {
    expect(findings(rule('selection_1 and not 1 of filter_*', ['selection_1']))).toEqual([
      {
        code: 'CONDITION_PATTERN_UNMATCHED',
        severity: 'error',
        path: 'detection.condition',
        line: 4,
        column: 41,
        message: "condition's pattern 'filter_*' matches no search identifier; detection defines only selection_1",
      },
    ]);
  });

  it("needs identifiers for 'them'", () => {
    expect(findings('title: t\ndetection:\n    condition: 1 of them\n')).toEqual([
      {
        code: 'CONDITION_NO_IDENTIFIERS',
        severity: 'error',
        path: 'detection.condition',
        line: 3,
        column: 16,
        message: "condition uses 'them', but detection defines no search identifier",
      },
    ]);
  });

  it("leaves identifiers starting with '_' out of 'them', as the matcher does", () => {
    expect(findings('title: t\ndetection:\n    _sel: {a: 1}\n    condition: 1 of them\n')).toEqual([
      {
        code: 'CONDITION_UNUSED_IDENTIFIER',
        severity: 'warning',
        path: 'detection._sel',
        line: 3,
        column: 5,
        message: "search identifier '_sel' is defined but the condition never uses it",
      },
      {
        code: 'CONDITION_NO_IDENTIFIERS',
        severity: 'error',
        path: 'detection.condition',
        line: 4,
        column: 16,
        message:
          "condition uses 'them', but 'them' leaves out identifiers starting with '_', and detection defines only _sel",
      },
    ]);
    expect(findings(rule('1 of them', ['selection', '_helper']))).toEqual([
      {
        code: 'CONDITION_UNUSED_IDENTIFIER',
        severity: 'warning',
        path: 'detection._helper',
        line: 4,
        column: 5,
        message: "search identifier '_helper' is defined but the condition never uses it",
      },
    ]);
    expect(findings(rule('all of them and 1 of _*', ['selection', '_helper']))).toEqual([]);
  });

  it('warns about legacy aggregations and near, and checks the identifiers near names', () => {
    expect(findings(rule('selection_1 | count(User) by Host > 5', ['selection_1']))).toEqual([
      {
        code: 'CONDITION_AGGREGATION_DEPRECATED',
        severity: 'warning',
        path: 'detection.condition',
        line: 4,
        column: 30,
        message:
          "'| count(User) by Host > 5' is a legacy aggregation, deprecated since Sigma 2.0: express it as a correlation rule (event_count / value_count)",
      },
    ]);
    expect(findings(rule('selection_1 | near selection_2 and not selection_9'))).toEqual([
      {
        code: 'CONDITION_NEAR_DEPRECATED',
        severity: 'warning',
        path: 'detection.condition',
        line: 5,
        column: 30,
        message:
          "'| near selection_2 and not selection_9' is a legacy 'near' aggregation, deprecated since Sigma 2.0: express it as a temporal correlation rule",
      },
      {
        code: 'CONDITION_UNDEFINED',
        severity: 'error',
        path: 'detection.condition',
        line: 5,
        column: 55,
        message: "condition's 'near' names 'selection_9', but detection defines only selection_1, selection_2",
      },
    ]);
  });

  it('leaves a condition that is not a string to the schema check', () => {
    expect(findings('title: t\ndetection:\n    a: {x: 1}\n    condition: [a]\n')).toEqual([]);
  });
});
