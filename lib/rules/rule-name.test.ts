import { describe, expect, it } from 'vitest';
import { ruleNameFromFile } from './rule-name';
import { etagMatches } from './rule-response';

describe('ruleNameFromFile', () => {
  it('accepts a slug or a Sigma id with .yml', () => {
    expect(ruleNameFromFile('traffic-duplication.yml')).toBe('traffic-duplication');
    expect(ruleNameFromFile('980a7598-1e7f-4962-9372-2d754c930d0e.yml')).toBe('980a7598-1e7f-4962-9372-2d754c930d0e');
  });
  it.each([
    'traffic-duplication',
    'traffic-duplication.yaml',
    '../etc/passwd.yml',
    '..%2Fetc%2Fpasswd.yml',
    '../../package.json.yml',
    'a/b.yml',
    'a\\b.yml',
    'rule\0.yml',
    '.yml',
    'Traffic-Duplication.yml',
    '-x.yml',
    'x--y.yml',
  ])('refuses %j', (file) => {
    expect(ruleNameFromFile(file)).toBeNull();
  });
});

describe('etagMatches', () => {
  it('matches strong, weak, listed and * tags', () => {
    expect(etagMatches('"abc"', 'abc')).toBe(true);
    expect(etagMatches('W/"abc"', 'abc')).toBe(true);
    expect(etagMatches('"x", "abc"', 'abc')).toBe(true);
    expect(etagMatches('*', 'abc')).toBe(true);
    expect(etagMatches('"abd"', 'abc')).toBe(false);
    expect(etagMatches(null, 'abc')).toBe(false);
  });
});
