import { describe, expect, it } from 'vitest';
import { ANY } from '../match/wildcard';
import type { QueryField } from './backends/types';
import { Gaps } from './gaps';
import { asHeld } from './held-values';
import type { Leaf } from './ir';

const OUTCOME: QueryField = { ref: 'event.outcome', values: { failed: 'failure', '0': 'failure' } };
const WORDS: QueryField = { ref: 'MV_CONCAT(process.args, " ")', words: true };
const base = { field: 'f', path: ['detection', 'sel', 'f'] };

function held(leaf: Leaf, field: QueryField) {
  const gaps = new Gaps(undefined);
  const out = asHeld(leaf, field, { gaps, mode: '', fieldOf: () => field });
  return { out, codes: gaps.findings.map((f) => f.code) };
}

describe('asHeld', () => {
  it('translates an exact value, in any case, and a number, into the value the SIEM writes', () => {
    expect(held({ ...base, type: 'string', parts: ['FAILED'], cased: false }, OUTCOME).out).toEqual({
      ...base,
      type: 'string',
      parts: ['failure'],
      cased: false,
    });
    expect(held({ ...base, type: 'number', value: 0 }, OUTCOME).out).toMatchObject({
      type: 'string',
      parts: ['failure'],
    });
  });

  it('leaves a pattern or an unknown value as it is', () => {
    const pattern: Leaf = { ...base, type: 'string', parts: [ANY, 'fail', ANY], cased: false };
    expect(held(pattern, OUTCOME).out).toBe(pattern);
    const other: Leaf = { ...base, type: 'string', parts: ['unknown'], cased: false };
    expect(held(other, OUTCOME).out).toBe(other);
  });

  it('reports text spanning two words of a field kept as separate words, and only there', () => {
    expect(held({ ...base, type: 'string', parts: [ANY, 'chmod +s', ANY], cased: false }, WORDS).codes).toEqual([
      'SPLIT_VALUE',
    ]);
    expect(held({ ...base, type: 'regex', source: 'chmod\\s+x', flags: '' }, WORDS).codes).toEqual(['SPLIT_VALUE']);
    expect(held({ ...base, type: 'string', parts: [ANY, 'chmod', ANY], cased: false }, WORDS).codes).toEqual([]);
    expect(
      held({ ...base, type: 'string', parts: ['a b'], cased: false }, { ref: 'process.command_line' }).codes,
    ).toEqual([]);
  });

  it('calls a keyword a keyword when it reports one', () => {
    const gaps = new Gaps(undefined);
    const keyword: Leaf = {
      field: undefined,
      path: ['detection', 'kw'],
      type: 'string',
      parts: [ANY, 'a b', ANY],
      cased: false,
    };
    asHeld(keyword, WORDS, { gaps, mode: '', fieldOf: () => WORDS });
    expect(gaps.findings[0]?.message).toMatch(/^keyword: 'a b'/);
  });

  it('turns the anchors of a regular expression on a words field into the spaces around a word, and only there', () => {
    const source = (pattern: string, field: QueryField = WORDS) => {
      const out = held({ ...base, type: 'regex', source: pattern, flags: '' }, field).out;
      return out.type === 'regex' ? out.source : undefined;
    };
    expect(source('^-e$')).toBe(' -e ');
    expect(source('(^|/)\\.[^./]')).toBe('( |/)\\.[^./]');
    // Escaped, or inside a character class, ^ and $ are characters.
    expect(source('\\^x\\$')).toBe('\\^x\\$');
    expect(source('[]^$]a[$]')).toBe('[]^$]a[$]');
    expect(source('^-e$', { ref: 'process.command_line' })).toBe('^-e$');
  });
});
