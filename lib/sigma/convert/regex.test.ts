import { describe, expect, it } from 'vitest';
import { re2Unsupported, splitFlags, toLucene } from './regex';

describe('regular expressions across dialects', () => {
  it('splits a leading (?i) from the pattern and merges it with the modifier flags', () => {
    expect(splitFlags('(?i)abc', 's')).toEqual({ body: 'abc', flags: 'is' });
    expect(splitFlags('abc', '')).toEqual({ body: 'abc', flags: '' });
  });

  it('names what RE2 lacks, and only that', () => {
    expect(re2Unsupported('a(?=b)')).toBe('lookahead or lookbehind');
    expect(re2Unsupported('(?<!x)y')).toBe('lookahead or lookbehind');
    expect(re2Unsupported('(a)\\1')).toBe('back-references');
    expect(re2Unsupported('a++')).toBe('possessive quantifiers');
    expect(re2Unsupported('\\s+[a-z]+?\\d{2,}')).toBeUndefined();
    expect(re2Unsupported('\\\\1')).toBeUndefined();
  });

  it('writes Lucene patterns that match the whole value', () => {
    expect(toLucene('abc', '')).toEqual({ ok: true, pattern: '.*abc.*' });
    expect(toLucene('^abc$', '')).toEqual({ ok: true, pattern: 'abc' });
    expect(toLucene('^a|b', '')).toEqual({ ok: false, reason: 'anchors on one branch of an alternation' });
    expect(toLucene('a|b', '')).toEqual({ ok: true, pattern: '.*(a|b).*' });
  });

  it('turns classes Lucene lacks into ones it has, and case-insensitivity into character classes', () => {
    expect(toLucene('\\d+\\.\\w', '')).toEqual({ ok: true, pattern: '.*[0-9]+\\.[A-Za-z0-9_].*' });
    expect(toLucene('[\\d_-]x', '')).toEqual({ ok: true, pattern: '.*[0-9_\\-]x.*' });
    expect(toLucene('ab[c-d]', 'i')).toEqual({ ok: true, pattern: '.*[aA][bB][c-dC-D].*' });
    expect(toLucene('(?i)x', '')).toEqual({ ok: true, pattern: '.*[xX].*' });
  });

  it('escapes what Lucene reads as operators and drops what changes nothing for a whole-value match', () => {
    expect(toLucene('a@b<c>"#~&', '')).toEqual({ ok: true, pattern: '.*a\\@b\\<c\\>\\"\\#\\~\\&.*' });
    expect(toLucene('(?:ab)+?c', '')).toEqual({ ok: true, pattern: '.*(ab)+c.*' });
    expect(toLucene('\\x41\\t', '')).toEqual({ ok: true, pattern: '.*A\t.*' });
  });

  it('refuses what Lucene cannot say', () => {
    expect(toLucene('\\bword\\b', '')).toMatchObject({ ok: false });
    expect(toLucene('a(?=b)', '')).toEqual({ ok: false, reason: 'lookahead or lookbehind' });
    expect(toLucene('a$|b', '')).toEqual({ ok: false, reason: "'$' inside the pattern" });
    expect(toLucene('[\\D]', '')).toEqual({ ok: false, reason: '\\D inside a character class' });
    expect(toLucene('a(?i)b', '')).toEqual({ ok: false, reason: 'inline flags inside the pattern' });
  });
});
