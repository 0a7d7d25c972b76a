import { describe, expect, it } from 'vitest';
import { ANY, ONE, compileWildcard, formatParts, normalizeParts, parseWildcards } from './wildcard';

function test(pattern: string, value: string, cased = false): boolean {
  return compileWildcard(parseWildcards(pattern), cased)(value, value.toLowerCase());
}

describe('parseWildcards', () => {
  it('splits * and ? from literals', () => {
    expect(parseWildcards('a*b?c')).toEqual(['a', ANY, 'b', ONE, 'c']);
  });

  it('reads \\* and \\? as plain characters', () => {
    expect(parseWildcards('a\\*b\\?')).toEqual(['a*b?']);
  });

  it('reads \\\\ as one backslash, so \\\\* is a backslash then a wildcard', () => {
    expect(parseWildcards('a\\\\*')).toEqual(['a\\', ANY]);
  });

  it('reads \\\\\\* as a backslash then a plain star', () => {
    expect(parseWildcards('\\\\\\*')).toEqual(['\\*']);
  });

  it('reads \\\\\\\\ as two backslashes', () => {
    expect(parseWildcards('\\\\\\\\')).toEqual(['\\\\']);
  });

  it('keeps a backslash that escapes nothing, as in Windows paths', () => {
    expect(parseWildcards('C:\\Windows\\System32\\')).toEqual(['C:\\Windows\\System32\\']);
  });

  it('keeps a trailing backslash', () => {
    expect(parseWildcards('dir\\')).toEqual(['dir\\']);
  });

  it('reads the empty string as no parts', () => {
    expect(parseWildcards('')).toEqual([]);
  });

  it('formats back to Sigma notation', () => {
    expect(formatParts(parseWildcards('a\\*b*c\\\\*'))).toBe('a\\*b*c\\\\*');
  });

  it('normalizes neighbouring literals and repeated stars', () => {
    expect(normalizeParts(['a', 'b', ANY, ANY, '', 'c'])).toEqual(['ab', ANY, 'c']);
  });
});

describe('compileWildcard', () => {
  it('matches a plain value exactly, ignoring case', () => {
    expect([test('cmd.exe', 'CMD.EXE'), test('cmd.exe', 'xcmd.exe')]).toEqual([true, false]);
  });

  it('matches case-sensitively when cased', () => {
    expect([test('cmd.exe', 'CMD.EXE', true), test('cmd.exe', 'cmd.exe', true)]).toEqual([false, true]);
  });

  it('matches suffix, prefix and infix shapes', () => {
    expect([test('*.exe', 'a.EXE'), test('c:\\\\*', 'C:\\x'), test('*mimi*', 'xMiMiy'), test('*mimi*', 'mim')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('matches ? as exactly one character', () => {
    expect([test('prog?.exe', 'progA.exe'), test('prog?.exe', 'prog.exe'), test('prog?.exe', 'progAB.exe')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('counts an emoji as one character for ?', () => {
    expect(test('a?b', 'a\u{1F600}b')).toBe(true);
  });

  it('matches an escaped star only as a star', () => {
    expect([test('a\\*b', 'a*b'), test('a\\*b', 'axxb')]).toEqual([true, false]);
  });

  it('matches the empty string only against an empty value', () => {
    expect([test('', ''), test('', ' ')]).toEqual([true, false]);
  });

  it('matches * against anything, even an empty value', () => {
    expect([test('*', ''), test('*', 'x')]).toEqual([true, true]);
  });

  it('matches a pattern with a middle star across newlines', () => {
    expect(test('schtasks* /create *AppData', 'schtasks.exe\n /create x\\AppData')).toBe(true);
  });

  it('treats regular-expression characters as plain text', () => {
    expect([test('a.c(1)', 'a.c(1)'), test('a.c(1)', 'abc(1)'), test('[x]*', '[x]yz')]).toEqual([true, false, true]);
  });
});
