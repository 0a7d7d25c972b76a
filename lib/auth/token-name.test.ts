import { describe, expect, it } from 'vitest';
import { checkTokenName } from './tokens';

describe('checkTokenName', () => {
  it('takes a trimmed name and refuses an empty or overlong one with the reason', () => {
    expect(checkTokenName('  CI pipeline ')).toEqual({ ok: true, name: 'CI pipeline' });
    expect(checkTokenName('   ')).toMatchObject({ ok: false, message: expect.stringMatching(/Name the token/) });
    expect(checkTokenName(null)).toMatchObject({ ok: false });
    expect(checkTokenName('x'.repeat(81))).toMatchObject({ ok: false, message: expect.stringMatching(/80/) });
  });
});
