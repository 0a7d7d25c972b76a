import { describe, expect, it } from 'vitest';
import { publicChange } from './public-changes';

const pub = (publishedRevision: number) => ({ status: 'published', publishedRevision });
const draft = { status: 'draft', publishedRevision: null };

describe('publicChange', () => {
  it.each([
    ['a new published detection', undefined, pub(1), { kind: 'added', revision: 1 }],
    ['a new draft', undefined, draft, null],
    ['a draft published', draft, pub(3), { kind: 'added', revision: 3 }],
    ['a newer revision made public', pub(1), pub(2), { kind: 'changed', revision: 2 }],
    ['the same public revision', pub(2), pub(2), null],
    ['a withdrawal', pub(2), draft, { kind: 'withdrawn', revision: 2 }],
    ['a draft edited', draft, draft, null],
  ])('%s', (_what, before, after, change) => {
    expect(publicChange(before, after)).toEqual(change);
  });
});
