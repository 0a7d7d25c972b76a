import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SigmaCompileError } from './compile-error';
import { compileRule, type SigmaRuleObject } from './match';
import { KNOWN_MODIFIERS, type Placeholders } from './modifiers';

/** Compiles an inline detection and reports, per event, whether the rule matched. */
function run(detection: string, events: unknown[], placeholders?: Placeholders): boolean[] {
  const rule = parse(`detection:\n${detection.replace(/^/gm, '  ')}`) as SigmaRuleObject;
  const compiled = compileRule(rule, { placeholders });
  return events.map((e) => compiled.matches(e));
}

function compileError(detection: string, placeholders?: Placeholders): { code: string; message: string } {
  try {
    run(detection, [], placeholders);
  } catch (error) {
    if (error instanceof SigmaCompileError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the rule to be rejected');
}

describe('string position modifiers', () => {
  it('contains matches anywhere, ignoring case', () => {
    const detection = String.raw`
sel:
  CommandLine|contains: 'Invoke-Mimikatz'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'powershell invoke-mimikatz -x' }, { CommandLine: 'Invoke-Mimi' }])).toEqual([true, false]);
  });

  it('startswith and endswith anchor at one end', () => {
    const detection = String.raw`
sel:
  Image|endswith: '\cmd.exe'
  ParentImage|startswith: 'C:\Program Files\'
condition: sel`;
    expect(
      run(detection, [
        { Image: 'C:\\Windows\\System32\\CMD.EXE', ParentImage: 'c:\\program files\\x.exe' },
        { Image: 'C:\\cmd.exe.bak', ParentImage: 'C:\\Program Files\\x.exe' },
        { Image: 'C:\\cmd.exe', ParentImage: 'D:\\C:\\Program Files\\x.exe' },
      ]),
    ).toEqual([true, false, false]);
  });

  it('keeps wildcards written inside a contains value', () => {
    const detection = String.raw`
sel:
  CommandLine|contains: ' -e* JAB'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'ps -enc JABz' }, { CommandLine: 'ps -e JAB' }, { CommandLine: 'ps -JAB' }])).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('all', () => {
  it('requires every value', () => {
    const detection = String.raw`
sel:
  CommandLine|contains|all: ['-nop', '-w hidden']
condition: sel`;
    expect(run(detection, [{ CommandLine: 'x -w hidden -nop' }, { CommandLine: 'x -nop' }])).toEqual([true, false]);
  });

  it('with a single value behaves as that value', () => {
    const detection = String.raw`
sel:
  CommandLine|contains|all: 'mimikatz'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'mimikatz.exe' }, { CommandLine: 'mimi' }])).toEqual([true, false]);
  });

  it('lets each value match a different element of an array field', () => {
    const detection = String.raw`
sel:
  Tags|all: ['a', 'b']
condition: sel`;
    expect(run(detection, [{ Tags: ['b', 'a'] }, { Tags: ['a', 'c'] }])).toEqual([true, false]);
  });
});

describe('cased', () => {
  it('makes matching case-sensitive', () => {
    const detection = String.raw`
sel:
  CommandLine|cased|contains: 'RunDLL'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'x RunDLL y' }, { CommandLine: 'x rundll y' }])).toEqual([true, false]);
  });
});

describe('re', () => {
  it('is case-sensitive and unanchored by default', () => {
    const detection = String.raw`
sel:
  CommandLine|re: '\s-[eE]nc\s'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'ps -Enc x' }, { CommandLine: 'ps -ENC x' }])).toEqual([true, false]);
  });

  it('i makes it case-insensitive', () => {
    const detection = String.raw`
sel:
  CommandLine|re|i: '^powershell'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'PowerShell -x' }, { CommandLine: 'x powershell' }])).toEqual([true, false]);
  });

  it('m lets ^ and $ match at line breaks', () => {
    const detection = String.raw`
sel:
  Script|re|m: '^evil$'
condition: sel`;
    expect(run(detection, [{ Script: 'a\nevil\nb' }, { Script: 'a evil b' }])).toEqual([true, false]);
  });

  it('s lets the dot match a line break', () => {
    const detection = String.raw`
sel:
  Script|re|s: 'begin.end'
condition: sel`;
    expect(run(detection, [{ Script: 'begin\nend' }])).toEqual([true]);
  });

  it('reads a leading (?i) as the i flag', () => {
    const detection = String.raw`
sel:
  CommandLine|re: '(?i)mimikatz'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'MIMIKATZ' }])).toEqual([true]);
  });

  it('does not treat * as a Sigma wildcard', () => {
    const detection = String.raw`
sel:
  Name|re: '^ab*c$'
condition: sel`;
    expect(run(detection, [{ Name: 'abbbc' }, { Name: 'axc' }])).toEqual([true, false]);
  });

  it('looks at the first 64 KiB of a value only', () => {
    const detection = "sel:\n  Script|re: 'needle'\ncondition: sel";
    const padding = 'x'.repeat(64 * 1024 - 6);
    expect(run(detection, [{ Script: `${padding}needle` }, { Script: `${padding}xneedle` }, { Script: `needle${padding}${padding}` }])).toEqual([true, false, true]);
  });

  it('rejects an invalid expression at compile time', () => {
    expect(compileError("sel:\n  A|re: '(unclosed'\ncondition: sel").code).toBe('regex');
  });
});

describe('cidr', () => {
  it('matches IPv4 addresses inside the network', () => {
    const detection = String.raw`
sel:
  DestinationIp|cidr: ['10.0.0.0/8', '192.168.1.0/24']
condition: sel`;
    expect(
      run(detection, [{ DestinationIp: '10.200.3.4' }, { DestinationIp: '192.168.1.77' }, { DestinationIp: '192.168.2.1' }]),
    ).toEqual([true, true, false]);
  });

  it('matches IPv6 addresses, compressed or not', () => {
    const detection = String.raw`
sel:
  DestinationIp|cidr: 'fe80::/10'
condition: sel`;
    expect(
      run(detection, [{ DestinationIp: 'fe80::1' }, { DestinationIp: 'FEBF:0:0:0:0:0:0:1' }, { DestinationIp: 'fec0::1' }]),
    ).toEqual([true, true, false]);
  });

  it('never matches across address families', () => {
    const detection = String.raw`
v4:
  Ip|cidr: '0.0.0.0/0'
v6:
  Ip|cidr: '::/0'
condition: v4 or v6`;
    expect(run(detection, [{ Ip: '::ffff:10.0.0.1' }, { Ip: '10.0.0.1' }, { Ip: 'not an ip' }])).toEqual([true, true, false]);
    const onlyV4 = "sel:\n  Ip|cidr: '0.0.0.0/0'\ncondition: sel";
    expect(run(onlyV4, [{ Ip: '::ffff:10.0.0.1' }, { Ip: '::1' }])).toEqual([false, false]);
  });

  it('rejects a malformed network', () => {
    expect(compileError("sel:\n  Ip|cidr: '10.0.0.0/33'\ncondition: sel").message).toBe(
      "'cidr': '10.0.0.0/33' is not an IPv4 or IPv6 network",
    );
  });
});

describe('encodings', () => {
  it('base64 looks for the encoded value', () => {
    const detection = String.raw`
sel:
  CommandLine|base64|contains: 'whoami'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'echo d2hvYW1p | base64 -d' }, { CommandLine: 'whoami' }])).toEqual([true, false]);
  });

  it('base64offset finds the value at each of the three alignments', () => {
    const detection = String.raw`
sel:
  CommandLine|base64offset|contains: 'ping'
condition: sel`;
    expect(
      run(detection, [
        { CommandLine: 'cGluZyAxMC4wLjAuMQ==' },
        { CommandLine: 'YXBpbmcgMTAuMC4wLjE=' },
        { CommandLine: 'YWJwaW5nIDEwLjAuMC4x' },
        { CommandLine: 'd2hvYW1p' },
      ]),
    ).toEqual([true, true, true, false]);
  });

  it('wide then base64 encodes UTF-16LE bytes', () => {
    const detection = String.raw`
sel:
  CommandLine|wide|base64offset|contains: 'IEX'
condition: sel`;
    expect(
      run(detection, [
        { CommandLine: '-enc SQBFAFgAIAB4AHkAegA=' },
        { CommandLine: '-enc YQBJAEUAWAAgAHgAeQB6AA==' },
        { CommandLine: '-enc YQBiAEkARQBYACAAeAB5AHoA' },
        { CommandLine: '-enc SUVY' },
      ]),
    ).toEqual([true, true, true, false]);
  });

  it('utf16le, utf16be and utf16 produce the byte strings the appendix lists', () => {
    const detection = String.raw`
le:
  V|utf16le|base64: 'cmd'
be:
  V|utf16be|base64: 'cmd'
bom:
  V|utf16|base64: 'cmd'
condition: 1 of them`;
    const rule = compileRule(parse(`detection:\n${detection.replace(/^/gm, '  ')}`) as SigmaRuleObject);
    const b64 = (bytes: number[]): string => Buffer.from(bytes).toString('base64');
    expect(rule.explain({ V: b64([0x63, 0, 0x6d, 0, 0x64, 0]) }).selections).toEqual({ le: true, be: false, bom: false });
    expect(rule.explain({ V: b64([0, 0x63, 0, 0x6d, 0, 0x64]) }).selections).toEqual({ le: false, be: true, bom: false });
    expect(rule.explain({ V: b64([0xff, 0xfe, 0x63, 0, 0x6d, 0, 0x64, 0]) }).selections).toEqual({
      le: false,
      be: false,
      bom: true,
    });
  });

  it('rejects base64 of a value with wildcards', () => {
    expect(compileError("sel:\n  A|contains|base64: 'x'\ncondition: sel").message).toBe(
      "'base64': cannot encode a value with wildcards; put contains/startswith/endswith after it",
    );
  });
});

describe('windash', () => {
  it('accepts every dash spelling of an option', () => {
    const detection = String.raw`
sel:
  CommandLine|windash|contains: ' -decode '
condition: sel`;
    const spellings = ['-', '/', '\u2013', '\u2014', '\u2015'].map((d) => ({ CommandLine: `certutil ${d}decode a b` }));
    expect(run(detection, [...spellings, { CommandLine: 'certutil +decode a b' }])).toEqual([true, true, true, true, true, false]);
  });

  it('leaves a dash inside a word alone', () => {
    const detection = String.raw`
sel:
  CommandLine|windash|contains: 'x-y'
condition: sel`;
    expect(run(detection, [{ CommandLine: 'x-y' }, { CommandLine: 'x/y' }])).toEqual([true, false]);
  });
});

describe('exists', () => {
  it('true requires the field, even when null', () => {
    const detection = "sel:\n  PasswordLastSet|exists: true\ncondition: sel";
    expect(run(detection, [{ PasswordLastSet: null }, { PasswordLastSet: '' }, {}])).toEqual([true, true, false]);
  });

  it('false requires the field to be absent', () => {
    const detection = "sel:\n  PasswordLastSet|exists: false\ncondition: sel";
    expect(run(detection, [{ PasswordLastSet: 'x' }, {}, { Other: 1 }])).toEqual([false, true, true]);
  });

  it('needs a boolean', () => {
    expect(compileError("sel:\n  A|exists: 'yes'\ncondition: sel").message).toBe("'exists': needs true or false");
  });
});

describe('numeric comparisons', () => {
  it('lt, lte, gt and gte compare numbers and numeric text', () => {
    const detection = String.raw`
low:
  Port|lt: 1024
lowe:
  Port|lte: 1024
high:
  Port|gt: 1024
highe:
  Port|gte: 1024
condition: 1 of them`;
    const rule = compileRule(parse(`detection:\n${detection.replace(/^/gm, '  ')}`) as SigmaRuleObject);
    expect(rule.explain({ Port: 1024 }).selections).toEqual({ low: false, lowe: true, high: false, highe: true });
    expect(rule.explain({ Port: '80' }).selections).toEqual({ low: true, lowe: true, high: false, highe: false });
    expect(rule.explain({ Port: 'http' }).selections).toEqual({ low: false, lowe: false, high: false, highe: false });
  });
});

describe('neq', () => {
  it('holds when the field differs from every value', () => {
    const detection = "sel:\n  User|neq: ['root', 'admin']\ncondition: sel";
    expect(run(detection, [{ User: 'bob' }, { User: 'ROOT' }, { User: 'admin' }])).toEqual([true, false, false]);
  });
});

describe('fieldref', () => {
  it('compares with another field of the same event', () => {
    const detection = "sel:\n  SubjectUserName|fieldref: TargetUserName\ncondition: sel";
    expect(
      run(detection, [
        { SubjectUserName: 'Alice', TargetUserName: 'alice' },
        { SubjectUserName: 'alice', TargetUserName: 'bob' },
        { SubjectUserName: 'alice' },
      ]),
    ).toEqual([true, false, false]);
  });

  it('takes endswith after it', () => {
    const detection = "sel:\n  Image|fieldref|endswith: OriginalFileName\ncondition: sel";
    expect(run(detection, [{ Image: 'C:\\x\\foo.exe', OriginalFileName: 'FOO.exe' }, { Image: 'a.exe', OriginalFileName: 'b.exe' }])).toEqual([
      true,
      false,
    ]);
  });
});

describe('expand', () => {
  it('replaces a placeholder with the values the caller supplies', () => {
    const detection = "sel:\n  User|expand: '%Administrators%'\ncondition: sel";
    expect(run(detection, [{ User: 'root' }, { User: 'ADM-x' }, { User: 'bob' }], { Administrators: ['root', 'adm-*'] })).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('may follow contains', () => {
    const detection = "sel:\n  CommandLine|contains|expand: '%USERDOMAIN%'\ncondition: sel";
    expect(run(detection, [{ CommandLine: 'echo CORP' }, { CommandLine: 'echo %USERDOMAIN%' }], { USERDOMAIN: 'corp' })).toEqual([
      true,
      false,
    ]);
  });

  it('keeps an escaped percent as text', () => {
    const detection = String.raw`
sel:
  Path|expand: '\%plain%name%'
condition: sel`;
    expect(run(detection, [{ Path: '%plainX' }], { name: 'X' })).toEqual([true]);
  });

  it('leaves %name% alone without expand', () => {
    expect(run("sel:\n  User: '%Servers%'\ncondition: sel", [{ User: '%servers%' }])).toEqual([true]);
  });

  it('takes only the values given for a placeholder, never members of Object.prototype', () => {
    expect(compileError("sel:\n  User|expand: '%constructor%'\ncondition: sel")).toEqual({
      code: 'placeholder',
      message: "'expand': placeholder %constructor% has no value; supply one (--placeholder constructor=...)",
    });
    expect(run("sel:\n  User|expand: '%__proto__%'\ncondition: sel", [{ User: 'x' }], JSON.parse('{"__proto__": "x"}') as Placeholders)).toEqual([true]);
  });

  it('refuses to compile when a placeholder has no value', () => {
    expect(compileError("sel:\n  User|expand: '%Servers%'\ncondition: sel")).toEqual({
      code: 'placeholder',
      message: "'expand': placeholder %Servers% has no value; supply one (--placeholder Servers=...)",
    });
  });
});

describe('time modifiers', () => {
  it('compare one part of a timestamp', () => {
    const detection = "sel:\n  Time|hour|gte: 22\ncondition: sel";
    expect(run(detection, [{ Time: '2024-05-01T23:10:00Z' }, { Time: '2024-05-01T08:00:00Z' }, { Time: 'never' }])).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('the modifier map', () => {
  it('lists every modifier of the specification', () => {
    expect([...KNOWN_MODIFIERS].sort()).toEqual(
      ['all', 'base64', 'base64offset', 'cased', 'cidr', 'contains', 'day', 'endswith', 'exists', 'expand', 'fieldref',
        'gt', 'gte', 'hour', 'i', 'lt', 'lte', 'm', 'minute', 'month', 'neq', 're', 's', 'startswith', 'utf16',
        'utf16be', 'utf16le', 'week', 'wide', 'windash', 'year'],
    );
  });

  it('rejects an unknown modifier by name', () => {
    expect(compileError("sel:\n  CommandLine|contians: 'x'\ncondition: sel")).toEqual({
      code: 'unknown-modifier',
      message: "unknown value modifier 'contians' on 'CommandLine|contians'",
    });
  });

  it('does not take prototype members for modifiers', () => {
    expect(compileError("sel:\n  A|constructor: 'x'\ncondition: sel").code).toBe('unknown-modifier');
  });

  it('rejects a regex flag without re', () => {
    expect(compileError("sel:\n  A|i: 'x'\ncondition: sel").message).toBe("'i': only follows 're'");
  });
});
