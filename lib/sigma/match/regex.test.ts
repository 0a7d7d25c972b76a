// RE2 compilation of |re values: what it refuses and why, and the limits that keep compiling a rule cheap.
import { describe, expect, it } from 'vitest';
import { SigmaCompileError } from './compile-error';
import { MAX_REGEX_INPUT, MAX_RULE_REGEXES, RuleRegexes } from './regex';

function refusal(source: string, regexes = new RuleRegexes()): { code: string; message: string } {
  try {
    regexes.compile(source, '', ['detection', 'sel', 'A|re']);
  } catch (error) {
    if (error instanceof SigmaCompileError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`expected '${source}' to be refused`);
}

describe('RuleRegexes', () => {
  it('refuses each PCRE construct that needs backtracking, naming it', () => {
    const named: Array<[string, string]> = [
      ['a(?=b)', "a lookahead ('(?=')"],
      ['a(?!b)', "a lookahead ('(?!')"],
      ['(?<=a)b', "a lookbehind ('(?<=')"],
      ['(?<!a)b', "a lookbehind ('(?<!')"],
      ['(a)\\1', "a backreference ('\\1')"],
      ['(?<n>a)\\k<n>', "a backreference ('\\k')"],
      ['(?P<n>a)(?P=n)', "a named backreference or subroutine call ('(?P=name)', '(?P>name)') ('(?P')"],
      ['(?>a+)b', "an atomic group ('(?>')"],
      ['a*+b', "a possessive quantifier ('*+')"],
      ['a{2,5}+b', "a possessive quantifier ('{2,5}+')"],
      ['(a|(?R))', "a recursive pattern or subroutine call ('(?R')"],
      ['(?(1)a|b)', "a conditional group ('(?(')"],
      ['a\\Kb', "a match-position escape ('\\K')"],
    ];
    for (const [source, what] of named) {
      const { code, message } = refusal(source);
      expect(code, source).toBe('regex-unsupported');
      expect(message, source).toBe(
        `regular expression '${source}' uses ${what}, which needs backtracking: Tripline matches regular expressions in linear time (RE2), without it${what.startsWith('a possessive') ? '; drop its final +' : ''}`,
      );
    }
  });

  it('says how RE2 writes the PCRE spellings it lacks', () => {
    expect(refusal('caf\\u00e9').message).toBe(
      "regular expression 'caf\\u00e9' uses a '\\u' escape ('\\u'), which RE2, the linear-time engine Tripline matches regular expressions with, does not have; write the code point as '\\x{263A}'",
    );
    expect(refusal('end\\Z').message).toMatch(/uses an end anchor that .*; use '\$' or '\\z'$/);
    expect(refusal('(?x) a b').message).toMatch(/uses an inline flag other than i, m, s and U \('\(\?x'\)/);
    expect(refusal('a(?#note)').code).toBe('regex-unsupported');
  });

  it('calls anything else invalid, quoting where RE2 stopped', () => {
    expect(refusal('[z-a]')).toEqual({
      code: 'regex',
      message: "invalid regular expression '[z-a]': invalid character class range: 'z-a'",
    });
    expect(refusal('a**').code).toBe('regex');
  });

  it('refuses an oversized pattern before compiling it, and cuts it short in the message', () => {
    const source = Array.from({ length: 100 }, (_, i) => `w${i}[^x]{999}`).join('|');
    const { code, message } = refusal(source);
    expect(code).toBe('regex-size');
    expect(message).toMatch(
      /^regular expression 'w0\[\^x\]\{999\}\|.{60,}\.\.\.' is too large: it compiles to about [\d,]+ instructions, more than the 10,000 allowed/,
    );
  });

  it(`takes ${MAX_RULE_REGEXES} patterns per rule, and refuses one more`, () => {
    const regexes = new RuleRegexes();
    for (let i = 0; i < MAX_RULE_REGEXES; i++) regexes.compile(`x${i}`, '', []);
    expect(refusal('one-more', regexes)).toEqual({
      code: 'regex-size',
      message: `the rule has more than ${MAX_RULE_REGEXES} '|re' values, the limit per rule`,
    });
  });

  it('applies i, m and s as RE2 flags', () => {
    const regexes = new RuleRegexes();
    expect(regexes.compile('^abc$', 'ims', [])('x\nABC\ny')).toBe(true);
    expect(regexes.compile('a.c', 's', [])('a\nc')).toBe(true);
    expect(regexes.compile('a.c', '', [])('a\nc')).toBe(false);
  });

  it(`looks at the first ${MAX_REGEX_INPUT} code units of a value, cutting an astral character in two cleanly`, () => {
    const test = new RuleRegexes().compile('x$', '', []);
    expect(test(`${'a'.repeat(MAX_REGEX_INPUT - 1)}x😀`)).toBe(true);
    expect(test(`${'a'.repeat(MAX_REGEX_INPUT - 1)}😀x`)).toBe(false);
  });
});
