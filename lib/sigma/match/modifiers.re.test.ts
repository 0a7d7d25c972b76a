// The re modifier and its flags (i, m, s).
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
});
