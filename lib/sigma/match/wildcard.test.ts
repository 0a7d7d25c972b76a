import { describe, expect, it } from 'vitest';
import { ANY, compileWildcard, formatParts, normalizeParts, ONE, type Part, parseWildcards } from './wildcard';

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
    expect([test('*.exe', 'a.EXE'), test('c:\\\\*', 'C:\\x'), test('*mimi*', 'xMiMiy'), test('*mimi*', 'mim')]).toEqual(
      [true, true, true, false],
    );
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

describe('compileWildcard on hostile input', () => {
  it('matches many stars against a long value in linear time', () => {
    const value = 'a'.repeat(100_000);
    const hostile = ['*a*a*b', '*a*a*a*a*a*a*a*a*b', '*a?a*a?a*a?a*b', 'a*a*a*a*a*a*a*?b', '*?*?*?*?*?*?*?*?*b'];
    const started = performance.now();
    for (const pattern of hostile) {
      expect([test(pattern, value), test(pattern, `${value}b`), test(pattern, value, true)]).toEqual([
        false,
        true,
        false,
      ]);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('agrees with the regular expression it replaced, on thousands of random patterns and values', () => {
    // The old matcher: ^...$ with . for ?, .* for *, flags s (a line break is a character) and u (an emoji is one).
    const reference = (parts: readonly Part[], value: string): boolean => {
      const body = parts
        .map((p) => (p === ANY ? '.*' : p === ONE ? '.' : p.replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`)))
        .join('');
      return new RegExp(`^${body}$`, 'su').test(value);
    };
    let seed = 42;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
      return (seed >>> 8) % n;
    };
    const chars = ['a', 'b', 'A', 'ab', '\n', '\u{1F600}', '.', 'é'];
    const pick = (): string => chars[random(chars.length)] as string;
    for (let round = 0; round < 4000; round++) {
      const parts: Part[] = Array.from({ length: random(7) }, () => {
        const kind = random(4);
        return kind === 0 ? ANY : kind === 1 ? ONE : pick();
      });
      const value = Array.from({ length: random(9) }, pick).join('');
      const cased = random(2) === 0;
      const lower = value.toLowerCase();
      const expected = cased
        ? reference(parts, value)
        : reference(
            parts.map((p) => (typeof p === 'string' ? p.toLowerCase() : p)),
            lower,
          );
      const got = compileWildcard(parts, cased)(value, lower);
      if (got !== expected)
        expect({ pattern: formatParts(parts), value, cased, got }).toEqual({
          pattern: formatParts(parts),
          value,
          cased,
          got: expected,
        });
    }
  });
});
