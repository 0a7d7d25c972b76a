import { describe, expect, it } from 'vitest';
import { compileProblems, compileRule, type SigmaRuleObject } from '../../match/match';
import { brief, VALID_RULE, yaml } from '../../test-support';
import { validateSigma } from '../validate';

/** VALID_RULE with its detection replaced (written at the detection's indentation). */
function withDetection(detection: string): string {
  const body = detection.replace(/^\n/, '').replace(/^/gm, '    ');
  return VALID_RULE.replace(/detection:\n(?: {4}.*\n)+/, () => `detection:\n${body}\n`);
}

const validate = (detection: string) => validateSigma(withDetection(detection));

describe('compile check', () => {
  it('refuses what the matcher refuses, at the field, with its reason', () => {
    const cases: Array<[string, string, string]> = [
      [
        "sel:\n    CommandLine|re|contains: 'a.b'\ncondition: sel",
        '16:34 error COMPILE_MODIFIER detection.sel.CommandLine|re|contains',
        "the matcher cannot run 'CommandLine|re|contains': 'contains': applies to strings, not to a regex value",
      ],
      [
        'sel:\n    DestinationIp|cidr: 10.0.0.0/33\ncondition: sel',
        '16:29 error COMPILE_MODIFIER detection.sel.DestinationIp|cidr',
        "the matcher cannot run 'DestinationIp|cidr': 'cidr': '10.0.0.0/33' is not an IPv4 or IPv6 network",
      ],
      [
        'sel:\n    CommandLine|base64: "x*"\ncondition: sel',
        '16:29 error COMPILE_MODIFIER detection.sel.CommandLine|base64',
        "the matcher cannot run 'CommandLine|base64': 'base64': cannot encode a value with wildcards; put contains/startswith/endswith after it",
      ],
      [
        'sel:\n    User|exists: "yes please"\ncondition: sel',
        '16:22 error COMPILE_MODIFIER detection.sel.User|exists',
        "the matcher cannot run 'User|exists': 'exists': needs true or false",
      ],
      [
        "sel:\n    CommandLine|re: '(unclosed'\ncondition: sel",
        '16:25 error COMPILE_REGEX detection.sel.CommandLine|re',
        "the matcher cannot run 'CommandLine|re': invalid regular expression '(unclosed': missing closing ): '(unclosed'",
      ],
      [
        "sel:\n    CommandLine|re: 'Invoke-(?=Mimikatz)'\ncondition: sel",
        '16:25 error COMPILE_REGEX_UNSUPPORTED detection.sel.CommandLine|re',
        "the matcher cannot run 'CommandLine|re': regular expression 'Invoke-(?=Mimikatz)' uses a lookahead ('(?='), which needs backtracking: Tripline matches regular expressions in linear time (RE2), without it",
      ],
      [
        "sel:\n    CommandLine|re: '(?x) a b'\ncondition: sel",
        '16:25 error COMPILE_REGEX_UNSUPPORTED detection.sel.CommandLine|re',
        "the matcher cannot run 'CommandLine|re': regular expression '(?x) a b' uses an inline flag other than i, m, s and U ('(?x'), which RE2, the linear-time engine Tripline matches regular expressions with, does not have",
      ],
      [
        "sel:\n    A|re: '.{1000}.{1000}.{1000}.{1000}.{1000}.{1000}.{1000}'\n    B|re: 'x{1000}x{1000}x{1000}x{1000}x{1000}x{1000}x{1000}'\n    C|re: 'y{1000}y{1000}y{1000}y{1000}y{1000}y{1000}y{1000}'\ncondition: sel",
        '18:15 error COMPILE_REGEX_TOO_LARGE detection.sel.C|re',
        "the matcher cannot run 'C|re': the rule's regular expressions compile to more than 20,000 instructions together, the limit per rule",
      ],
    ];
    for (const [detection, expected, message] of cases) {
      const result = validate(detection);
      expect(brief(result.findings), detection).toEqual([expected]);
      expect(result.findings[0]?.message).toBe(message);
      expect(result.ok).toBe(false);
    }
  });

  it("refuses a condition whose 'them' selects nothing, as the matcher does (identifiers starting with '_' are left out)", () => {
    const result = validate('_sel:\n    eventName: x\ncondition: 1 of them');
    expect(brief(result.findings)).toEqual([
      '15:5 warning CONDITION_UNUSED_IDENTIFIER detection._sel',
      '17:16 error CONDITION_NO_IDENTIFIERS detection.condition',
    ]);
    expect(() => compileRule(result.rules[0]?.data as SigmaRuleObject)).toThrow('them matches no search identifier');
  });

  it('warns, without refusing, about |expand placeholders that have no value here', () => {
    const result = validate(
      "sel:\n    User|expand: '%admins%'\n    Host|contains|expand: '%servers%-%dc%'\ncondition: sel",
    );
    expect(brief(result.findings)).toEqual([
      '16:22 warning COMPILE_PLACEHOLDER detection.sel.User|expand',
      '17:31 warning COMPILE_PLACEHOLDER detection.sel.Host|contains|expand',
      '17:31 warning COMPILE_PLACEHOLDER detection.sel.Host|contains|expand',
    ]);
    expect(result.findings.map((f) => f.message)[0]).toBe(
      "'%admins%' is an '|expand' placeholder with no value here: the rule matches only where one is supplied (sigma match --placeholder admins=...)",
    );
    expect(result.ok).toBe(true);
  });

  it('still finds errors after a placeholder, and in every search identifier', () => {
    const result = validate("a:\n    User|expand|cidr: '%admins%'\nb:\n    X|re: '(a)\\1'\ncondition: a or b");
    expect(brief(result.findings)).toEqual([
      '16:27 error COMPILE_MODIFIER detection.a.User|expand|cidr',
      '16:27 warning COMPILE_PLACEHOLDER detection.a.User|expand|cidr',
      '18:15 error COMPILE_REGEX_UNSUPPORTED detection.b.X|re',
    ]);
  });

  it('does not repeat what another check said about the same part of the rule', () => {
    expect(brief(validate('sel:\n    CommandLine|contians: x\ncondition: sel and nope').findings)).toEqual([
      '16:21 error MODIFIER_UNKNOWN detection.sel.CommandLine|contians',
      '17:24 error CONDITION_UNDEFINED detection.condition',
    ]);
    expect(brief(validate('sel: null\ncondition: sel').findings)).toEqual(['15:10 error SCHEMA_ANY_OF detection.sel']);
  });

  it('leaves legacy aggregations to the condition check, which warns that they are deprecated', () => {
    expect(brief(validate('sel:\n    a: 1\ncondition: sel | count() > 5').findings)).toEqual([
      '17:22 warning CONDITION_AGGREGATION_DEPRECATED detection.condition',
    ]);
  });

  it('accepts every rule it does not report, as compileRule does (same steps)', () => {
    const rules = [
      yaml`
        detection:
            sel: {a: 1}
            condition: sel
      `,
      'detection:\n  a: {x|re|contains: y}\n  b: {y|cidr: nope}\n  condition: a and c\n',
      'detection:\n  condition: 1 of them\n',
      'detection: 5\n',
      'title: x\n',
    ];
    for (const text of rules) {
      const rule = validateSigma(text).rules[0]?.data as SigmaRuleObject;
      const problems = compileProblems(rule);
      let thrown: unknown;
      try {
        compileRule(rule);
      } catch (error) {
        thrown = error;
      }
      const first = problems[0];
      expect(thrown && { ...(thrown as object), message: (thrown as Error).message }, text).toEqual(
        first && { ...first, message: first.message },
      );
    }
    expect(
      compileProblems(validateSigma(rules[1] as string).rules[0]?.data as SigmaRuleObject).map((p) => p.code),
    ).toEqual(['modifier', 'modifier', 'condition-reference']);
  });
});
