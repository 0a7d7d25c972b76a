// Value modifiers that place a string (contains, startswith, endswith) and those that change how strings
// compare (all, cased).
import { describe, expect, it } from 'vitest';
import { runDetection } from '../test-support';

describe('string position modifiers', () => {
  it('contains matches anywhere, ignoring case', () => {
    const detection = `
sel:
  CommandLine|contains: 'Invoke-Mimikatz'
condition: sel`;
    expect(
      runDetection(detection, [{ CommandLine: 'powershell invoke-mimikatz -x' }, { CommandLine: 'Invoke-Mimi' }]),
    ).toEqual([true, false]);
  });

  it('startswith and endswith anchor at one end', () => {
    const detection = String.raw`
sel:
  Image|endswith: '\cmd.exe'
  ParentImage|startswith: 'C:\Program Files\'
condition: sel`;
    expect(
      runDetection(detection, [
        { Image: 'C:\\Windows\\System32\\CMD.EXE', ParentImage: 'c:\\program files\\x.exe' },
        { Image: 'C:\\cmd.exe.bak', ParentImage: 'C:\\Program Files\\x.exe' },
        { Image: 'C:\\cmd.exe', ParentImage: 'D:\\C:\\Program Files\\x.exe' },
      ]),
    ).toEqual([true, false, false]);
  });

  it('keeps wildcards written inside a contains value', () => {
    const detection = `
sel:
  CommandLine|contains: ' -e* JAB'
condition: sel`;
    expect(
      runDetection(detection, [
        { CommandLine: 'ps -enc JABz' },
        { CommandLine: 'ps -e JAB' },
        { CommandLine: 'ps -JAB' },
      ]),
    ).toEqual([true, true, false]);
  });
});

describe('all', () => {
  it('requires every value', () => {
    const detection = `
sel:
  CommandLine|contains|all: ['-nop', '-w hidden']
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'x -w hidden -nop' }, { CommandLine: 'x -nop' }])).toEqual([
      true,
      false,
    ]);
  });

  it('with a single value behaves as that value', () => {
    const detection = `
sel:
  CommandLine|contains|all: 'mimikatz'
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'mimikatz.exe' }, { CommandLine: 'mimi' }])).toEqual([true, false]);
  });

  it('lets each value match a different element of an array field', () => {
    const detection = `
sel:
  Tags|all: ['a', 'b']
condition: sel`;
    expect(runDetection(detection, [{ Tags: ['b', 'a'] }, { Tags: ['a', 'c'] }])).toEqual([true, false]);
  });
});

describe('cased', () => {
  it('makes matching case-sensitive', () => {
    const detection = `
sel:
  CommandLine|cased|contains: 'RunDLL'
condition: sel`;
    expect(runDetection(detection, [{ CommandLine: 'x RunDLL y' }, { CommandLine: 'x rundll y' }])).toEqual([
      true,
      false,
    ]);
  });
});
