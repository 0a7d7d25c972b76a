// The re modifier and its flags (i, m, s), matched by RE2: linear time, and PCRE's reading where JavaScript's differed.
import { describe, expect, it } from 'vitest';
import { detectionCompileError, runDetection } from '../test-support';

describe('re', () => {
  it('is case-sensitive and unanchored by default', () => {
    const detection = String.raw`
sel:
  CommandLine|re: '\s-[eE]nc\s'
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'ps -Enc x' }, { CommandLine: 'ps -ENC x' }])).toEqual([
      true,
      false,
    ]);
  });

  it('i makes it case-insensitive', () => {
    const detection = `
sel:
  CommandLine|re|i: '^powershell'
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'PowerShell -x' }, { CommandLine: 'x powershell' }])).toEqual([
      true,
      false,
    ]);
  });

  it('m lets ^ and $ match at line breaks', () => {
    const detection = `
sel:
  Script|re|m: '^evil$'
condition: sel`;
    expect(runDetection(detection, [{ Script: 'a\nevil\nb' }, { Script: 'a evil b' }])).toEqual([true, false]);
  });

  it('s lets the dot match a line break', () => {
    const detection = `
sel:
  Script|re|s: 'begin.end'
condition: sel`;
    expect(runDetection(detection, [{ Script: 'begin\nend' }])).toEqual([true]);
  });

  it('reads a leading (?i) as the i flag', () => {
    const detection = `
sel:
  CommandLine|re: '(?i)mimikatz'
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'MIMIKATZ' }])).toEqual([true]);
  });

  it('does not treat * as a Sigma wildcard', () => {
    const detection = `
sel:
  Name|re: '^ab*c$'
condition: sel`;
    expect(runDetection(detection, [{ Name: 'abbbc' }, { Name: 'axc' }])).toEqual([true, false]);
  });

  it('looks at the first 64 KiB of a value only', () => {
    const detection = "sel:\n  Script|re: 'needle'\ncondition: sel";
    const padding = 'x'.repeat(64 * 1024 - 6);
    expect(
      runDetection(detection, [
        { Script: `${padding}needle` },
        { Script: `${padding}xneedle` },
        { Script: `needle${padding}${padding}` },
      ]),
    ).toEqual([true, false, true]);
  });

  it('rejects an invalid expression at compile time', () => {
    expect(detectionCompileError("sel:\n  A|re: '(unclosed'\ncondition: sel").code).toBe('regex');
  });

  it('refuses what needs backtracking, at compile time, naming the construct', () => {
    const refused = (pattern: string) => detectionCompileError(`sel:\n  A|re: '${pattern}'\ncondition: sel`);
    expect(refused('a(?=b)')).toMatchObject({ code: 'regex-unsupported', message: /a lookahead \('\(\?='\)/ });
    expect(refused('(?<!a)b')).toMatchObject({ code: 'regex-unsupported', message: /a lookbehind \('\(\?<!'\)/ });
    expect(refused('(a)\\1')).toMatchObject({ code: 'regex-unsupported', message: /a backreference/ });
  });

  it('answers (a+)+$ on 50,000 characters, which JavaScript backtracks on for longer than the universe lasts', () => {
    const detection = "sel:\n  CommandLine|re: '(a+)+$'\ncondition: sel";
    const evil = `${'a'.repeat(50_000)}!`;
    expect(runDetection(detection, [{ CommandLine: evil }, { CommandLine: 'xaaa' }])).toEqual([false, true]);
  });

  it('reads named groups in both spellings, and inline flags anywhere', () => {
    const detection = String.raw`
sel:
  A|re: '^(?P<user>\w+)@(?<host>[a-z.]+)$'
  B|re: 'evil(?i)CORP'
condition: sel`;
    expect(
      runDetection(detection, [
        { A: 'bob@example.org', B: 'evilcorp' },
        { A: 'bob@x', B: 'EVILcorp' },
      ]),
    ).toEqual([true, false]);
  });

  it('reads the text as PCRE does: . takes \\r and a whole astral character, \\s is ASCII, \\p{L} is Unicode', () => {
    const matches = (pattern: string, value: string) =>
      runDetection(`sel:\n  A|re: '${pattern}'\ncondition: sel`, [{ A: value }])[0];
    expect(matches('^a.b$', 'a\rb')).toBe(true);
    expect(matches('^.$', '😀')).toBe(true);
    expect(matches('\\s', '\u00a0')).toBe(false);
    expect(matches('^\\p{L}+$', 'Ωmega')).toBe(true);
    expect(matches('^\\d+$', '٣')).toBe(false);
  });

  it('ends lines at \\n only under m, and folds case by Unicode under i', () => {
    const detection = (mods: string, pattern: string) => `sel:\n  A|re${mods}: '${pattern}'\ncondition: sel`;
    expect(runDetection(detection('|m', '^b$'), [{ A: 'a\nb' }, { A: 'a\rb' }])).toEqual([true, false]);
    expect(runDetection(detection('|i', 'kelvin'), [{ A: '\u212Aelvin' }, { A: 'KELVIN' }])).toEqual([true, true]);
  });
});
