// Regular expressions across dialects. Sigma's `|re` is PCRE-like and searches (not anchored); Splunk (PCRE) and
// QRadar (Java) take it almost as written, Sentinel's RE2 refuses lookaround and back-references, and Elastic's
// RLIKE takes Lucene's regular expressions, which match the whole value and know no anchors, lookaround, \d or \b.

const INLINE_FLAGS = /^\(\?([a-zA-Z]+)\)/;

/** The pattern without a leading `(?ims)`, and the flags it asked for plus the modifiers' (i, m, s). */
export function splitFlags(source: string, flags: string): { body: string; flags: string } {
  const inline = INLINE_FLAGS.exec(source);
  const all = inline ? flags + (inline[1] ?? '') : flags;
  return { body: inline ? source.slice(inline[0].length) : source, flags: [...new Set(all)].sort().join('') };
}

/** `(?ims)` for the flags, '' for none. */
export function flagPrefix(flags: string): string {
  return flags ? `(?${flags})` : '';
}

/** Constructs RE2 (Sentinel's `matches regex`) does not have, or undefined when it takes the pattern. */
export function re2Unsupported(source: string): string | undefined {
  if (/\(\?<?[=!]/.test(source)) return 'lookahead or lookbehind';
  if (/\(\?>/.test(source)) return 'atomic groups';
  if (/(^|[^\\])(\\\\)*\\[1-9]/.test(source)) return 'back-references';
  if (/[*+?}]\+/.test(source.replace(/\\./g, 'x'))) return 'possessive quantifiers';
  return undefined;
}

const REGEX_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

export function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, (c) => `\\${c}`);
}

// Lucene operators that are plain characters in PCRE: written with a backslash so Lucene reads them as characters.
const LUCENE_ONLY = new Set(['"', '#', '@', '&', '<', '>', '~']);
const CLASS_SHORTHANDS: Readonly<Record<string, string>> = { d: '0-9', w: 'A-Za-z0-9_', s: ' \t\n\r' };
const CONTROL: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' };

export type LuceneResult = { ok: true; pattern: string } | { ok: false; reason: string };

function luceneChar(ch: string): string {
  return /[A-Za-z0-9_\s]/.test(ch) || ch.charCodeAt(0) > 127 ? ch : `\\${ch}`;
}

function bothCases(ch: string, inClass: boolean): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return inClass ? luceneChar(ch) : luceneChar(ch);
  return inClass ? `${lower}${upper}` : `[${lower}${upper}]`;
}

class LuceneWriter {
  private i = 0;
  private out = '';
  private depth = 0;
  private topLevelAlternation = false;

  constructor(
    private readonly src: string,
    private readonly insensitive: boolean,
  ) {}

  private fail(reason: string): never {
    throw new Error(reason);
  }

  /** One escape outside a class: `\d` becomes a class, `\t` the character, `\.` stays escaped. */
  private escape(inClass: boolean): string {
    const next = this.src[this.i + 1];
    if (next === undefined) this.fail('a trailing backslash');
    this.i += 2;
    const shorthand = CLASS_SHORTHANDS[next.toLowerCase()];
    if (shorthand) {
      const negated = next !== next.toLowerCase();
      if (inClass) {
        if (negated) this.fail(`\\${next} inside a character class`);
        return shorthand;
      }
      return negated ? `[^${shorthand}]` : `[${shorthand}]`;
    }
    if (CONTROL[next] !== undefined) return CONTROL[next] as string;
    if (next === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
      if (!hex) this.fail('a malformed \\x escape');
      this.i += 2;
      return luceneChar(String.fromCharCode(parseInt(hex[0], 16)));
    }
    if (next === 'u') {
      const hex = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
      if (!hex) this.fail('a malformed \\u escape');
      this.i += 4;
      return luceneChar(String.fromCharCode(parseInt(hex[0], 16)));
    }
    if (/[A-Za-z0-9]/.test(next))
      this.fail(`\\${next} (word boundaries, back-references and classes other than \\d \\w \\s)`);
    return this.insensitive ? bothCases(next, inClass) : `\\${next}`;
  }

  private charClass(): string {
    let out = '[';
    this.i++;
    if (this.src[this.i] === '^') {
      out += '^';
      this.i++;
    }
    let first = true;
    while (this.i < this.src.length) {
      const ch = this.src[this.i] as string;
      if (ch === ']' && !first) {
        this.i++;
        return `${out}]`;
      }
      first = false;
      if (ch === '\\') {
        out += this.escape(true);
        continue;
      }
      if (ch === '[' && this.src[this.i + 1] === ':') this.fail('POSIX character classes');
      const range = /^(.)-([^\]\\])/u.exec(this.src.slice(this.i));
      if (range) {
        const [whole, from = '', to = ''] = range;
        out += `${luceneChar(from)}-${luceneChar(to)}`;
        if (this.insensitive && /[a-z]/i.test(from) && /[a-z]/i.test(to)) {
          const flip = (c: string) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
          out += `${flip(from)}-${flip(to)}`;
        }
        this.i += whole.length;
        continue;
      }
      out += ch === '-' ? '\\-' : this.insensitive ? bothCases(ch, true) : luceneChar(ch);
      this.i++;
    }
    return this.fail('an unclosed character class');
  }

  private group(): string {
    const rest = this.src.slice(this.i);
    if (/^\(\?<?[=!]/.test(rest)) this.fail('lookahead or lookbehind');
    if (rest.startsWith('(?>')) this.fail('atomic groups');
    const named = /^\(\?P?<[A-Za-z_]\w*>|^\(\?:/.exec(rest);
    if (named) {
      this.i += named[0].length;
    } else if (rest.startsWith('(?')) {
      this.fail('inline flags inside the pattern');
    } else {
      this.i++;
    }
    this.depth++;
    return '(';
  }

  private quantifierTail(): void {
    // Lazy and greedy quantifiers accept the same values once the whole value must match; possessive ones do not.
    const next = this.src[this.i];
    if (next === '?') this.i++;
    else if (next === '+') this.fail('possessive quantifiers');
  }

  write(): { pattern: string; start: boolean; end: boolean } {
    let start = false;
    let end = false;
    if (this.src.startsWith('^')) {
      start = true;
      this.i = 1;
    }
    while (this.i < this.src.length) {
      const ch = this.src[this.i] as string;
      if (ch === '\\') this.out += this.escape(false);
      else if (ch === '[') this.out += this.charClass();
      else if (ch === '(') this.out += this.group();
      else if (ch === ')') {
        this.depth--;
        this.out += ')';
        this.i++;
      } else if (ch === '$') {
        if (this.i !== this.src.length - 1 || this.depth !== 0) this.fail("'$' inside the pattern");
        end = true;
        this.i++;
      } else if (ch === '^') {
        this.fail("'^' inside the pattern");
      } else if (ch === '|') {
        if (this.depth === 0) this.topLevelAlternation = true;
        this.out += '|';
        this.i++;
      } else if (ch === '*' || ch === '+' || ch === '?') {
        this.out += ch;
        this.i++;
        this.quantifierTail();
      } else if (ch === '{') {
        const counted = /^\{\d+(,\d*)?\}/.exec(this.src.slice(this.i));
        if (counted) {
          this.out += counted[0];
          this.i += counted[0].length;
          this.quantifierTail();
        } else {
          this.out += '\\{';
          this.i++;
        }
      } else if (ch === '.') {
        this.out += '.';
        this.i++;
      } else {
        this.out += LUCENE_ONLY.has(ch) ? `\\${ch}` : this.insensitive ? bothCases(ch, false) : ch;
        this.i++;
      }
    }
    if (this.topLevelAlternation && (start || end)) this.fail('anchors on one branch of an alternation');
    return { pattern: this.out, start, end };
  }
}

/**
 * A Sigma regular expression as a Lucene one for ES|QL RLIKE: unanchored ends get `.*`, case-insensitivity becomes
 * character classes (`[aA]`), `\d` `\w` `\s` become classes, `(?:` a plain group. What Lucene cannot say is refused.
 */
export function toLucene(source: string, flags: string): LuceneResult {
  const { body, flags: all } = splitFlags(source, flags);
  try {
    const { pattern, start, end } = new LuceneWriter(body, all.includes('i')).write();
    const needsGroup = /\|/.test(pattern) && !(start && end);
    const core = needsGroup ? `(${pattern})` : pattern;
    return { ok: true, pattern: `${start ? '' : '.*'}${core}${end ? '' : '.*'}` };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
