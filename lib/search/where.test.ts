import { describe, expect, it } from 'vitest';
import { textContains } from './text-contains';
import { searchTerms } from './where';

describe('searchTerms', () => {
  it('splits on whitespace and drops repeats regardless of case', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('Packet  mirroring PACKET')).toEqual(['Packet', 'mirroring']);
  });

  it('keeps at most eight terms', () => {
    expect(searchTerms('a b c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});

describe('textContains', () => {
  it('asks PostgreSQL for ILIKE and leaves SQLite on its case-blind LIKE', () => {
    expect(textContains('postgresql', 'Mirror')).toEqual({ contains: 'Mirror', mode: 'insensitive' });
    expect(textContains('sqlite', 'Mirror')).toEqual({ contains: 'Mirror' });
  });

  it('makes a backslash plain on PostgreSQL, where it is the LIKE escape', () => {
    expect(textContains('postgresql', 'C:\\Windows')).toEqual({ contains: 'C:\\\\Windows', mode: 'insensitive' });
    expect(textContains('sqlite', 'C:\\Windows')).toEqual({ contains: 'C:\\Windows' });
  });
});
