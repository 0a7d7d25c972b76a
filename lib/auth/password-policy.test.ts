import { describe, expect, it } from 'vitest';
import { judgePassword } from './password-policy';

const who = { email: 'ana.lopez@example.com', name: 'Ana Lopez' };

describe('judgePassword', () => {
  it.each([
    ['short1!', /shorter than 12 characters/],
    ['password1234', /breach lists/],
    ['qwertyuiop123', /too easy to guess/],
    ['ana.lopez2026!', /too easy to guess/],
    ['aaaaaaaaaaaaaaaa', /too easy to guess/],
  ])('refuses %s with the reason', (password, reason) => {
    const verdict = judgePassword(password, who);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason);
  });

  it('accepts a long passphrase no list holds', () => {
    expect(judgePassword('violet ferry 31 lantern grammar', who)).toEqual({ ok: true });
  });
});
