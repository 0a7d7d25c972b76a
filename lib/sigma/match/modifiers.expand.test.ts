// The expand modifier: %placeholder% values supplied by the caller.
import { describe, expect, it } from 'vitest';
import { detectionCompileError, runDetection } from '../test-support';
import type { Placeholders } from './modifiers';

describe('expand', () => {
  it('replaces a placeholder with the values the caller supplies', () => {
    const detection = "sel:\n  User|expand: '%Administrators%'\ncondition: sel";
    expect(
      runDetection(detection, [{ User: 'root' }, { User: 'ADM-x' }, { User: 'bob' }], {
        Administrators: ['root', 'adm-*'],
      }),
    ).toEqual([true, true, false]);
  });

  it('may follow contains', () => {
    const detection = "sel:\n  CommandLine|contains|expand: '%USERDOMAIN%'\ncondition: sel";
    expect(
      runDetection(detection, [{ CommandLine: 'echo CORP' }, { CommandLine: 'echo %USERDOMAIN%' }], {
        USERDOMAIN: 'corp',
      }),
    ).toEqual([true, false]);
  });

  it('keeps an escaped percent as text', () => {
    const detection = String.raw`
sel:
  Path|expand: '\%plain%name%'
condition: sel`;
    expect(runDetection(detection, [{ Path: '%plainX' }], { name: 'X' })).toEqual([true]);
  });

  it('leaves %name% alone without expand', () => {
    expect(runDetection("sel:\n  User: '%Servers%'\ncondition: sel", [{ User: '%servers%' }])).toEqual([true]);
  });

  it('takes only the values given for a placeholder, never members of Object.prototype', () => {
    expect(detectionCompileError("sel:\n  User|expand: '%constructor%'\ncondition: sel")).toEqual({
      code: 'placeholder',
      message: "'expand': placeholder %constructor% has no value; supply one (--placeholder constructor=...)",
    });
    expect(
      runDetection(
        "sel:\n  User|expand: '%__proto__%'\ncondition: sel",
        [{ User: 'x' }],
        JSON.parse('{"__proto__": "x"}') as Placeholders,
      ),
    ).toEqual([true]);
  });

  it('refuses to compile when a placeholder has no value', () => {
    expect(detectionCompileError("sel:\n  User|expand: '%Servers%'\ncondition: sel")).toEqual({
      code: 'placeholder',
      message: "'expand': placeholder %Servers% has no value; supply one (--placeholder Servers=...)",
    });
  });
});
