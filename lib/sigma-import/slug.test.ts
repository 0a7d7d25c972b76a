import { describe, expect, it } from 'vitest';
import { isSlug } from '../slug';
import { baseSlug, chooseSlug } from './slug';

const ID = '5F0B1A2C-3d4e-4f50-8a6b-7c8d9e0f1a2b';

describe('baseSlug', () => {
  it.each([
    ['rules/windows/proc_creation_win_foo.yml', 'proc-creation-win-foo'],
    ['Some_Rule.YAML', 'some-rule'],
    ['a b..c__d.yml', 'a-b-c-d'],
    ['__.yml', 'sigma-rule'],
    ['règle_été.yml', 'regle-ete'],
    ['правило.yml', 'sigma-rule'],
  ])('%s → %s', (file, slug) => {
    expect(baseSlug(file)).toBe(slug);
  });

  it('stays within what /rules/<slug>.yml accepts', () => {
    const slug = baseSlug(`${'x'.repeat(300)}_-y.yml`);
    expect(isSlug(slug)).toBe(true);
    // Room for the longest suffix chooseSlug adds: a dash and a whole id.
    expect(isSlug(`${slug}-${ID.toLowerCase()}`)).toBe(true);
  });
});

describe('chooseSlug', () => {
  it('uses the file name when it is free, or already this rule’s', () => {
    expect(chooseSlug('x/my_rule.yml', ID, () => undefined)).toBe('my-rule');
    expect(chooseSlug('x/my_rule.yml', ID, () => ID.toLowerCase())).toBe('my-rule');
  });

  it('adds the first 8 characters of the id when another rule or a hand-written detection holds it', () => {
    const owners = new Map<string, string | null>([['my-rule', 'another-id']]);
    expect(chooseSlug('my_rule.yml', ID, (s) => owners.get(s))).toBe('my-rule-5f0b1a2c');
    const handWritten = new Map<string, string | null>([['my-rule', null]]);
    expect(chooseSlug('my_rule.yml', ID, (s) => handWritten.get(s))).toBe('my-rule-5f0b1a2c');
  });

  it('falls back to the whole id, then gives up', () => {
    const owners = new Map<string, string | null>([
      ['my-rule', 'a'],
      ['my-rule-5f0b1a2c', 'b'],
    ]);
    expect(chooseSlug('my_rule.yml', ID, (s) => owners.get(s))).toBe(`my-rule-${ID.toLowerCase()}`);
    expect(chooseSlug('my_rule.yml', ID, () => 'someone-else')).toBeNull();
  });
});
