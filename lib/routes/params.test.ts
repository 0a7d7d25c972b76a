import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH } from '../slug';
import { ruleFileParam, slugParam, techniqueParam, variantParams } from './params';

// Hostile or malformed segments as Next hands them to a route: already percent-decoded.
const HOSTILE = [
  '',
  'a\u0000b',
  '\u0000',
  'a b',
  'a/b',
  'a\\b',
  '..',
  '../etc',
  'A',
  'Traffic',
  '-x',
  'x-',
  'x--y',
  'é',
];

describe('slugParam', () => {
  it('accepts slugs up to the maximum length', () => {
    expect(slugParam('traffic-duplication')).toBe('traffic-duplication');
    expect(slugParam('qradar')).toBe('qradar');
    expect(slugParam('a'.repeat(MAX_SLUG_LENGTH))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });
  it.each([...HOSTILE, 'a'.repeat(MAX_SLUG_LENGTH + 1)])('refuses %j', (raw) => {
    expect(slugParam(raw)).toBeNull();
  });
});

describe('variantParams', () => {
  it('takes both segments or neither', () => {
    expect(variantParams({ slug: 'traffic-duplication', platform: 'qradar' })).toEqual({
      slug: 'traffic-duplication',
      platform: 'qradar',
    });
    expect(variantParams({ slug: 'traffic-duplication', platform: 'qr\u0000adar' })).toBeNull();
    expect(variantParams({ slug: 'a\u0000b', platform: 'qradar' })).toBeNull();
  });
});

describe('techniqueParam', () => {
  it('accepts technique and sub-technique ids in any case, upper-cased', () => {
    expect(techniqueParam('T1020')).toBe('T1020');
    expect(techniqueParam('t1020.001')).toBe('T1020.001');
  });
  it.each([...HOSTILE, 'T1020\u0000', 'T1020.1', 'TA0010', 'T10200', `T1020.001${'1'.repeat(1000)}`])(
    'refuses %j',
    (raw) => {
      expect(techniqueParam(raw)).toBeNull();
    },
  );
});

describe('ruleFileParam', () => {
  it('accepts a slug or a Sigma id with .yml', () => {
    expect(ruleFileParam('traffic-duplication.yml')).toBe('traffic-duplication');
    expect(ruleFileParam('980a7598-1e7f-4962-9372-2d754c930d0e.yml')).toBe('980a7598-1e7f-4962-9372-2d754c930d0e');
  });
  it.each([
    'traffic-duplication',
    'traffic-duplication.yaml',
    '../etc/passwd.yml',
    '..%2Fetc%2Fpasswd.yml',
    '../../package.json.yml',
    'a/b.yml',
    'a\\b.yml',
    'rule\u0000.yml',
    '.yml',
    'Traffic-Duplication.yml',
    '-x.yml',
    'x--y.yml',
    `${'a'.repeat(MAX_SLUG_LENGTH + 1)}.yml`,
  ])('refuses %j', (file) => {
    expect(ruleFileParam(file)).toBeNull();
  });
});
