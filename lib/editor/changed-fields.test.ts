import { describe, expect, it } from 'vitest';
import { blankForm } from './blank-form';
import { changedFields } from './changed-fields';
import { emptyVariant } from './draft-variant';

describe('what someone else changed', () => {
  const mine = { ...blankForm('0b8f3c1e-0000-4000-8000-000000000001', '2026-12-02'), title: 'Mine' };

  it('names each field that differs, SIEMs by their slug', () => {
    const theirs = {
      ...mine,
      title: 'Theirs',
      techniques: ['T1020'],
      variants: [{ ...emptyVariant('splunk'), query: 'index=x' }],
    };
    expect(changedFields(mine, theirs)).toEqual(['Title', 'Techniques', 'splunk query and notes']);
  });

  it('names nothing when both are the same', () => {
    expect(changedFields(mine, { ...mine, variants: [] })).toEqual([]);
  });
});
