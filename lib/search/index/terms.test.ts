import { describe, expect, it } from 'vitest';
import { ftsMatch, MAX_TERMS, queryTerms, tsQuery } from './terms';
import { camelParts, plainWords } from './words';

describe('queryTerms', () => {
  it('cuts each term into words as the index does, dropping terms with none and repeats', () => {
    expect(queryTerms('T1020.001 "  AND( - * C:\\Tools\\x.exe t1020.001')).toEqual([
      ['t1020', '001'],
      ['and'],
      ['c', 'tools', 'x', 'exe'],
    ]);
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(MAX_TERMS);
  });
});

describe('ftsMatch and tsQuery', () => {
  const terms = queryTerms('packet T1020.001 mirr');
  it('quote every term for FTS5 and make only the last a prefix when asked', () => {
    expect(ftsMatch(terms)).toBe('"packet" AND "t1020 001" AND "mirr"');
    expect(ftsMatch(terms, { prefix: true })).toBe('"packet" AND "t1020 001" AND "mirr" *');
  });
  it('write phrases and prefixes for to_tsquery, optionally held to the title weight', () => {
    expect(tsQuery(terms, { prefix: true })).toBe('packet & (t1020 <-> 001) & mirr:*');
    expect(tsQuery(terms, { prefix: true, weight: 'A' })).toBe('packet:A & (t1020:A <-> 001:A) & mirr:*A');
  });
});

describe('words', () => {
  it('splits CamelCase names and flattens punctuation for PostgreSQL', () => {
    expect(camelParts('CreateAccessKey')).toEqual(['Create', 'Access', 'Key']);
    expect(camelParts('AWSKeyRotation')).toEqual(['AWS', 'Key', 'Rotation']);
    expect(camelParts('powershell')).toEqual([]);
    expect(plainWords('powershell.exe -enc "x"')).toBe('powershell exe enc x');
  });
});
