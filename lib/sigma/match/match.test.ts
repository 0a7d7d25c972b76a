import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SigmaCompileError } from './compile-error';
import { type CompiledRule, compileRule, type SigmaRuleObject } from './match';

function rule(yaml: string): CompiledRule {
  return compileRule(parse(yaml) as SigmaRuleObject);
}

function run(yaml: string, events: unknown[]): boolean[] {
  const compiled = rule(yaml);
  return events.map((e) => compiled.matches(e));
}

function compileError(yaml: string): { code: string; message: string; path: ReadonlyArray<string | number> } {
  try {
    rule(yaml);
  } catch (error) {
    if (error instanceof SigmaCompileError) return { code: error.code, message: error.message, path: error.path };
    throw error;
  }
  throw new Error('expected the rule to be rejected');
}

describe('values', () => {
  it('matches plain values case-insensitively and exactly', () => {
    const yaml = String.raw`
detection:
  sel:
    Image: 'C:\Windows\System32\whoami.exe'
  condition: sel`;
    expect(
      run(yaml, [{ Image: 'c:\\windows\\system32\\WHOAMI.exe' }, { Image: 'C:\\Windows\\System32\\whoami.exe2' }]),
    ).toEqual([true, false]);
  });

  it('treats a list of values as OR', () => {
    const yaml = 'detection:\n  sel:\n    EventID: [517, 1102]\n  condition: sel';
    expect(run(yaml, [{ EventID: 1102 }, { EventID: 4624 }])).toEqual([true, false]);
  });

  it('matches a number against a number or its text, and text against a number', () => {
    const yaml = "detection:\n  a:\n    EventID: 4688\n  b:\n    EventID: '4688'\n  condition: a and b";
    expect(run(yaml, [{ EventID: 4688 }, { EventID: '4688' }, { EventID: '46880' }])).toEqual([true, true, false]);
  });

  it('matches booleans against booleans and their text', () => {
    const yaml = 'detection:\n  sel:\n    Enabled: false\n  condition: sel';
    expect(run(yaml, [{ Enabled: false }, { Enabled: 'False' }, { Enabled: true }])).toEqual([true, true, false]);
  });

  it('matches an escaped wildcard only as that character', () => {
    const yaml = String.raw`
detection:
  sel:
    Name: 'what\?'
  condition: sel`;
    expect(run(yaml, [{ Name: 'what?' }, { Name: 'whatX' }])).toEqual([true, false]);
  });

  it('keeps a trailing backslash as part of the value', () => {
    const yaml = String.raw`
detection:
  sel:
    Path|endswith: '\Temp\'
  condition: sel`;
    expect(run(yaml, [{ Path: 'C:\\Users\\x\\Temp\\' }, { Path: 'C:\\Users\\x\\Temp' }])).toEqual([true, false]);
  });

  it('matches the empty string only against an empty value', () => {
    const yaml = "detection:\n  sel:\n    Description: ''\n  condition: sel";
    expect(run(yaml, [{ Description: '' }, { Description: 'x' }, {}])).toEqual([true, false, false]);
  });

  it('matches null when the field is missing or null', () => {
    const yaml = 'detection:\n  sel:\n    PasswordLastSet: null\n  condition: sel';
    expect(run(yaml, [{}, { PasswordLastSet: null }, { PasswordLastSet: '' }])).toEqual([true, true, false]);
  });

  it('matches any element of an array field', () => {
    const yaml = 'detection:\n  sel:\n    Groups|endswith: admins\n  condition: sel';
    expect(run(yaml, [{ Groups: ['users', 'Domain Admins'] }, { Groups: ['users'] }, { Groups: [] }])).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('does not match an object with a string pattern', () => {
    const yaml = "detection:\n  sel:\n    A: '*'\n  condition: sel";
    expect(run(yaml, [{ A: { b: 1 } }, { A: 'x' }])).toEqual([false, true]);
  });
});

describe('maps and lists', () => {
  it('joins the fields of a map with AND', () => {
    const yaml = 'detection:\n  sel:\n    EventLog: Security\n    EventID: 1102\n  condition: sel';
    expect(
      run(yaml, [
        { EventLog: 'Security', EventID: 1102 },
        { EventLog: 'System', EventID: 1102 },
      ]),
    ).toEqual([true, false]);
  });

  it('joins a list of maps with OR', () => {
    const yaml = String.raw`
detection:
  sel:
    - Image|endswith: '\example.exe'
    - Description|contains: 'Test executable'
  condition: sel`;
    expect(run(yaml, [{ Image: 'C:\\example.exe' }, { Description: 'a test executable' }, { Image: 'x.exe' }])).toEqual(
      [true, true, false],
    );
  });
});

describe('field paths', () => {
  it('reaches into nested objects', () => {
    const yaml = 'detection:\n  sel:\n    protoPayload.methodName: v1.compute.firewalls.delete\n  condition: sel';
    expect(run(yaml, [{ protoPayload: { methodName: 'v1.compute.firewalls.delete' } }, { protoPayload: {} }])).toEqual([
      true,
      false,
    ]);
  });

  it('prefers a literal key that contains the dot', () => {
    const yaml = 'detection:\n  sel:\n    userIdentity.arn: flat\n  condition: sel';
    expect(run(yaml, [{ 'userIdentity.arn': 'flat', userIdentity: { arn: 'nested' } }])).toEqual([true]);
  });

  it('falls back to the nested value when the literal key leads nowhere', () => {
    const yaml = 'detection:\n  sel:\n    a.b.c: x\n  condition: sel';
    expect(run(yaml, [{ 'a.b': { d: 1 }, a: { b: { c: 'x' } } }, { 'a.b': { c: 'x' } }])).toEqual([true, true]);
  });

  it('walks arrays on the way', () => {
    const yaml = 'detection:\n  sel:\n    resources.type: AWS::S3::Bucket\n  condition: sel';
    expect(run(yaml, [{ resources: [{ type: 'AWS::IAM::Role' }, { type: 'AWS::S3::Bucket' }] }])).toEqual([true]);
  });

  it('does not mistake prototype members for fields', () => {
    const yaml = 'detection:\n  sel:\n    constructor|exists: true\n  condition: sel';
    expect(run(yaml, [{}, { constructor: 'x' }])).toEqual([false, true]);
  });
});

describe('keywords', () => {
  it('finds any keyword in any string value of the event', () => {
    const yaml = "detection:\n  keywords:\n    - 'event::clear'\n    - 'event::drop'\n  condition: keywords";
    expect(
      run(yaml, [
        { msg: 'mimikatz # EVENT::Clear done' },
        { nested: { deep: ['x', 'event::drop'] } },
        { msg: 'event' },
      ]),
    ).toEqual([true, true, false]);
  });

  it('requires every keyword with |all', () => {
    const yaml =
      "detection:\n  keywords:\n    '|all':\n      - OabVirtualDirectory\n      - ' -ExternalUrl '\n  condition: keywords";
    expect(
      run(yaml, [
        { a: 'Set-OabVirtualDirectory', b: 'x -ExternalUrl y' },
        { a: 'Set-OabVirtualDirectory -InternalUrl' },
      ]),
    ).toEqual([true, false]);
  });
});

describe('conditions', () => {
  const yaml = `
detection:
  selection_a:
    A: 1
  selection_b:
    B: 1
  filter:
    F: 1
  _helper:
    H: 1
  condition: CONDITION`;
  const events = [{ A: 1 }, { A: 1, F: 1 }, { A: 1, B: 1 }, { H: 1 }, {}];
  const cases: Array<[string, boolean[]]> = [
    ['selection_a and not filter', [true, false, true, false, false]],
    ['1 of selection_*', [true, true, true, false, false]],
    ['all of selection_*', [false, false, true, false, false]],
    ['1 of them', [true, true, true, false, false]],
    ['all of them', [false, false, false, false, false]],
    ['_helper or (selection_b and not selection_a)', [false, false, false, true, false]],
    ['not 1 of selection_* and not filter', [false, false, false, true, true]],
  ];
  for (const [condition, expected] of cases) {
    it(`evaluates '${condition}'`, () => {
      expect(run(yaml.replace('CONDITION', condition), events)).toEqual(expected);
    });
  }

  it('treats a list of conditions as OR', () => {
    const list = 'detection:\n  a:\n    A: 1\n  b:\n    B: 1\n  condition:\n    - a\n    - b';
    expect(run(list, [{ A: 1 }, { B: 1 }, {}])).toEqual([true, true, false]);
  });

  it('rejects a condition that names an undefined identifier', () => {
    expect(compileError('detection:\n  sel:\n    A: 1\n  condition: sel and filter')).toEqual({
      code: 'condition-reference',
      message: "condition names 'filter', which is not defined",
      path: ['detection', 'condition'],
    });
  });

  it('rejects a pattern that matches nothing', () => {
    expect(compileError('detection:\n  sel:\n    A: 1\n  condition: sel and not 1 of filter_*').message).toBe(
      "'filter_*' matches no search identifier",
    );
  });

  it('reports condition syntax errors with the character', () => {
    expect(compileError('detection:\n  sel:\n    A: 1\n  condition: (sel').message).toBe(
      "missing ')' at end (at character 5)",
    );
  });

  it('refuses an aggregation, which needs many events', () => {
    expect(compileError('detection:\n  sel:\n    A: 1\n  condition: sel | count() > 5').code).toBe('aggregation');
  });
});

describe('explain', () => {
  it('says which search identifiers held', () => {
    const compiled = rule(String.raw`
detection:
  selection:
    Image|endswith: '\rundll32.exe'
  filter:
    CommandLine|contains: 'shell32.dll'
  condition: selection and not filter`);
    expect(compiled.explain({ Image: 'C:\\rundll32.exe', CommandLine: 'x shell32.dll' })).toEqual({
      match: false,
      selections: { selection: true, filter: true },
    });
    expect(compiled.explain({ Image: 'C:\\rundll32.exe', CommandLine: 'x' })).toEqual({
      match: true,
      selections: { selection: true, filter: false },
    });
    expect(compiled.searchNames).toEqual(['selection', 'filter']);
  });
});

describe('conditions built to exhaust the stack', () => {
  it('refuses 10,000 chained identifiers with a condition-syntax error, not a crash', () => {
    const condition = Array(10_000).fill('sel').join(' and ');
    expect(compileError(`detection:\n  sel:\n    A: 1\n  condition: ${condition}`)).toMatchObject({
      code: 'condition-syntax',
      path: ['detection', 'condition'],
    });
  });

  it('refuses parentheses and nots nested too deep', () => {
    const deep = `${'('.repeat(200)}sel${')'.repeat(200)}`;
    expect(compileError(`detection:\n  sel:\n    A: 1\n  condition: '${deep}'`).message).toBe(
      "more than 64 parentheses and 'not's nested in one another (at character 65)",
    );
    expect(compileError(`detection:\n  sel:\n    A: 1\n  condition: ${'not '.repeat(500)}sel`).code).toBe(
      'condition-syntax',
    );
  });

  it('runs the longest condition allowed', () => {
    const condition = Array(500).fill('sel').join(' or ');
    expect(run(`detection:\n  sel:\n    A: 1\n  condition: ${condition}`, [{ A: 1 }, { A: 2 }])).toEqual([true, false]);
  });
});

describe('names that are also members of Object.prototype', () => {
  it('runs and explains search identifiers named __proto__ and constructor as any other', () => {
    const compiled = rule(
      'detection:\n  __proto__:\n    A: 1\n  constructor:\n    B: 1\n  condition: __proto__ and not constructor',
    );
    expect([compiled.matches({ A: 1 }), compiled.matches({ A: 1, B: 1 })]).toEqual([true, false]);
    const explained = compiled.explain({ A: 1 });
    expect(explained.match).toBe(true);
    expect(Object.entries(explained.selections)).toEqual([
      ['__proto__', true],
      ['constructor', false],
    ]);
  });
});
