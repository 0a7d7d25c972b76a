import { describe, expect, it } from 'vitest';
import { signInErrorMessage, WRONG_CREDENTIALS } from './sign-in-message';

describe('signInErrorMessage', () => {
  it('says the same for a wrong email and a wrong password, and passes on the throttle with its wait', () => {
    expect(signInErrorMessage(401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' })).toBe(
      WRONG_CREDENTIALS,
    );
    const throttled = 'Too many failed sign-ins to this account. Try again in 15 minutes, or ask an admin.';
    expect(signInErrorMessage(429, { code: 'TOO_MANY_ATTEMPTS', message: throttled })).toBe(throttled);
    expect(signInErrorMessage(429, null)).toMatch(/Too many failed sign-ins/);
    expect(signInErrorMessage(403, {})).toMatch(/disabled/);
    expect(signInErrorMessage(500, 'x')).toMatch(/500/);
  });
});
