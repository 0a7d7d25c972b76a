// `|re` values run on RE2 (re2js, RE2 in pure JavaScript): matching takes time linear in the text, whatever the
// pattern, where JavaScript's backtracking RegExp took 20 s for `(a+)+$` on 29 characters. RE2 leaves out the few
// constructs that need backtracking (backreferences, lookaround, atomic groups, possessive quantifiers, recursion);
// a rule that uses one is refused at compile time, so the validator reports it at the value, never runs it slowly.
//
// Sigma's regular expressions are PCRE's, and RE2 reads them the PCRE way where JavaScript did not: `.` matches
// `\r`, `$` under |m ends a line only at `\n`, `\s` is ASCII whitespace, `\p{L}` is a Unicode class, a character
// outside the BMP is one character, and `(?P<name>...)`, `(?<name>...)` and `(?i)` anywhere are accepted.
// modifiers.re.test.ts pins each of these.
import { RE2JS, RE2JSSyntaxException } from 're2js';
import { type RulePath, SigmaCompileError } from './compile-error';
import { estimateProgramSize } from './regex-size';

/**
 * A value is matched on its first 64 KiB (code units) only; a match that would start beyond is not seen, and `$`
 * matches at the cut. Linear time is still time: this bounds each test at 64 KiB times the pattern's size.
 */
export const MAX_REGEX_INPUT = 64 * 1024;
/**
 * Instructions one pattern may compile to, estimated before compiling (every character counts at least one).
 * SigmaHQ's largest is 1,003 (`.{1000,}`); compiling grows with size, about 4 microseconds an instruction.
 */
export const MAX_REGEX_SIZE = 10_000;
/** The same, for all the patterns of one rule together: SigmaHQ's largest rule needs 1,003. */
export const MAX_RULE_REGEX_SIZE = 20_000;
/** Patterns in one rule: SigmaHQ's most is 19, and each costs a fixed part of a millisecond to compile. */
export const MAX_RULE_REGEXES = 100;

const FLAGS: Readonly<Record<string, number>> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
};

/**
 * PCRE constructs RE2 does not have, recognised by the text RE2 quotes in its error. Most need backtracking; the
 * rest are PCRE spellings RE2 never took up, and the hint says how RE2 writes them.
 */
const UNSUPPORTED: ReadonlyArray<{ quoted: RegExp; what: string; backtracks?: true; hint?: string }> = [
  { quoted: /^\(\?[=!]/, what: 'a lookahead', backtracks: true },
  { quoted: /^\(\?<[=!]/, what: 'a lookbehind', backtracks: true },
  { quoted: /^\\[1-9gk]/, what: 'a backreference', backtracks: true },
  { quoted: /^\(\?P$/, what: "a named backreference or subroutine call ('(?P=name)', '(?P>name)')", backtracks: true },
  { quoted: /^\(\?>/, what: 'an atomic group', backtracks: true },
  {
    quoted: /^(?:[*+?]|\{\d+(?:,\d*)?\})\+$/,
    what: 'a possessive quantifier',
    backtracks: true,
    hint: 'drop its final +',
  },
  { quoted: /^\(\?(?:R|[+-]?\d|&)/, what: 'a recursive pattern or subroutine call', backtracks: true },
  { quoted: /^\(\?\(/, what: 'a conditional group', backtracks: true },
  { quoted: /^\(\?\|/, what: 'a branch-reset group', backtracks: true },
  { quoted: /^\\[KG]/, what: 'a match-position escape', backtracks: true },
  { quoted: /^\(\?#/, what: 'a comment group', hint: 'remove the comment' },
  { quoted: /^\\Z/, what: 'an end anchor that also matches before a final newline', hint: "use '$' or '\\z'" },
  { quoted: /^\\u/, what: "a '\\u' escape", hint: "write the code point as '\\x{263A}'" },
  { quoted: /^\\c/, what: "a control-character escape ('\\cX')", hint: "write it as '\\x01' to '\\x1F'" },
  { quoted: /^\\[hHRVXN]/, what: 'a PCRE-only escape', hint: "write the class out, e.g. '[ \\t]' for '\\h'" },
  { quoted: /^\(\?[a-zA-Z-]/, what: 'an inline flag other than i, m, s and U' },
];

/** The pattern as it appears in a message: long ones are cut, so a message stays one line. */
function shown(source: string): string {
  return source.length > 80 ? `'${source.slice(0, 77)}...'` : `'${source}'`;
}

function syntaxError(source: string, error: RE2JSSyntaxException, path: RulePath): SigmaCompileError {
  const quoted = error.input ?? '';
  for (const { quoted: pattern, what, backtracks, hint } of UNSUPPORTED) {
    const construct = quoted ? pattern.exec(quoted)?.[0] : undefined;
    if (construct === undefined) continue;
    const why = backtracks
      ? 'which needs backtracking: Tripline matches regular expressions in linear time (RE2), without it'
      : 'which RE2, the linear-time engine Tripline matches regular expressions with, does not have';
    return new SigmaCompileError(
      'regex-unsupported',
      `regular expression ${shown(source)} uses ${what} ('${construct}'), ${why}${hint ? `; ${hint}` : ''}`,
      path,
    );
  }
  const where = quoted ? `: '${quoted}'` : '';
  return new SigmaCompileError('regex', `invalid regular expression ${shown(source)}: ${error.error}${where}`, path);
}

/** The `|re` values of one rule, compiled while the rule's total stays within the limits above. */
export class RuleRegexes {
  private count = 0;
  private size = 0;

  compile(source: string, flags: string, path: RulePath): (raw: string) => boolean {
    const estimate = Math.max(estimateProgramSize(source), source.length);
    if (estimate > MAX_REGEX_SIZE) {
      throw new SigmaCompileError(
        'regex-size',
        `regular expression ${shown(source)} is too large: it compiles to about ${estimate.toLocaleString('en-US')} instructions, more than the ${MAX_REGEX_SIZE.toLocaleString('en-US')} allowed (counted repetitions such as {1000} multiply the size)`,
        path,
      );
    }
    if (++this.count > MAX_RULE_REGEXES) {
      throw new SigmaCompileError(
        'regex-size',
        `the rule has more than ${MAX_RULE_REGEXES} '|re' values, the limit per rule`,
        path,
      );
    }
    if (this.size + estimate > MAX_RULE_REGEX_SIZE) {
      throw new SigmaCompileError(
        'regex-size',
        `the rule's regular expressions compile to more than ${MAX_RULE_REGEX_SIZE.toLocaleString('en-US')} instructions together, the limit per rule`,
        path,
      );
    }
    let re: RE2JS;
    try {
      re = RE2JS.compile(
        source,
        [...flags].reduce((all, flag) => all | (FLAGS[flag] ?? 0), 0),
      );
    } catch (error) {
      if (error instanceof RE2JSSyntaxException) throw syntaxError(source, error, path);
      throw error;
    }
    this.size += re.programSize();
    return (raw) => re.test(raw.length > MAX_REGEX_INPUT ? raw.slice(0, MAX_REGEX_INPUT) : raw);
  }
}
