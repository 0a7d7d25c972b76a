import { describe, expect, it } from 'vitest';
import { ftsMatch, MAX_TERMS, MAX_WORDS, queryTerms, tsQuery } from './terms';
import { camelParts, indexedWords, plainWords, wordPairs } from './words';

describe('queryTerms', () => {
  it('cuts each term into words as the index does, dropping terms with none and repeats', () => {
    expect(queryTerms('T1020.001 "  AND( - * C:\\Tools\\x.exe t1020.001')).toEqual([
      ['t1020', '001'],
      ['and'],
      ['c', 'tools', 'x', 'exe'],
    ]);
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(MAX_TERMS);
    // Words are capped across terms too: one term of 100 one-letter words is cut to MAX_WORDS.
    const long = Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('.');
    expect(queryTerms(`${long} again`).flat()).toHaveLength(MAX_WORDS);
  });
  it('asks a one-letter last word as itself, not as a prefix of most of the index', () => {
    expect(ftsMatch(queryTerms('packet p'), { prefix: true })).toBe('"packet" AND "p"');
    expect(tsQuery(queryTerms('packet p'), { prefix: true })).toBe('packet & p');
    expect(ftsMatch(queryTerms('packet po'), { prefix: true })).toBe('"packet" AND "po" *');
  });
});

describe('ftsMatch and tsQuery', () => {
  const terms = queryTerms('packet T1020.001 mirr');
  it('quote every term for FTS5 and make only the last a prefix when asked', () => {
    expect(ftsMatch(terms)).toBe('"packet" AND "t1020 001" AND "mirr"');
    expect(ftsMatch(terms, { prefix: true })).toBe('"packet" AND "t1020 001" AND "mirr" *');
  });
  it('write word pairs and prefixes for to_tsquery, optionally held to the title weight', () => {
    expect(tsQuery(terms, { prefix: true })).toBe('packet & t1020zqz001 & mirr:*');
    expect(tsQuery(terms, { prefix: true, weight: 'A' })).toBe('packet:A & t1020zqz001:A & mirr:*A');
    const path = queryTerms('C:\\Tools\\x.ex');
    expect(tsQuery(path, { prefix: true })).toBe('(czqztools & toolszqzx & xzqzex:*)');
  });
});

describe('words', () => {
  it('splits CamelCase names and flattens punctuation for PostgreSQL', () => {
    expect(camelParts('CreateAccessKey')).toEqual(['Create', 'Access', 'Key']);
    expect(camelParts('AWSKeyRotation')).toEqual(['AWS', 'Key', 'Rotation']);
    expect(camelParts('powershell')).toEqual([]);
    expect(plainWords('powershell.exe -enc "x"')).toBe('powershell exe enc x');
  });
  it("gives PostgreSQL each token's neighbouring words joined, so a term of several words needs no phrase", () => {
    expect(wordPairs(['t1020', '001'])).toEqual(['t1020zqz001']);
    expect(indexedWords('see T1020.001 and C:\\Tools\\x.exe')).toBe(
      'see T1020 001 and C Tools x exe t1020zqz001 czqztools toolszqzx xzqzexe',
    );
    expect(indexedWords('plain words only')).toBe('plain words only');
  });
});
