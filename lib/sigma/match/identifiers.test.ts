import { describe, expect, it } from 'vitest';
import { IdentifierSelector, identifierPattern, searchIdentifiers } from './identifiers';

describe('searchIdentifiers', () => {
  it('leaves out the condition and the Sigma 1.0 timeframe', () => {
    expect(searchIdentifiers({ selection: {}, timeframe: '5m', filter: {}, condition: 'selection' })).toEqual([
      'selection',
      'filter',
    ]);
  });
});

describe('identifierPattern', () => {
  it('treats only * as a wildcard, case-sensitively', () => {
    expect(identifierPattern('sel.*')('sel.a')).toBe(true);
    expect(identifierPattern('sel.*')('selxa')).toBe(false);
    expect(identifierPattern('*_main_*')('filter_main_x')).toBe(true);
    expect(identifierPattern('sel?')('sel1')).toBe(false);
    expect(identifierPattern('Sel*')('sel1')).toBe(false);
    expect(identifierPattern('a*b*c')('abxc')).toBe(true);
  });
});

describe('IdentifierSelector', () => {
  const selector = new IdentifierSelector(['selection_1', '_helper', 'selection_2', 'filter']);

  it("selects every identifier but the '_' ones for them", () => {
    expect(selector.select('them')).toEqual(['selection_1', 'selection_2', 'filter']);
  });

  it("selects '_' identifiers when a pattern names them", () => {
    expect(selector.select('_*')).toEqual(['_helper']);
    expect(selector.select('*')).toEqual(['selection_1', '_helper', 'selection_2', 'filter']);
  });

  it('selects in definition order and knows the names', () => {
    expect(selector.select('selection_*')).toEqual(['selection_1', 'selection_2']);
    expect(selector.select('x*')).toEqual([]);
    expect([selector.has('filter'), selector.has('filt')]).toEqual([true, false]);
  });
});
