// What the sign-in page says when better-auth (behind our throttle, lib/auth/auth-route.ts) refuses: one message for
// a wrong email and a wrong password alike, so the page does not tell which accounts exist.

export const WRONG_CREDENTIALS = 'Wrong email or password.';

export function signInErrorMessage(status: number, body: unknown): string {
  const message = body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
  // The throttle's own sentence says how long to wait.
  if (status === 429 && typeof message === 'string' && message) return message;
  if (status === 429) return 'Too many failed sign-ins. Wait a few minutes, then try again.';
  if (status === 401 || status === 400) return WRONG_CREDENTIALS;
  if (status === 403) return 'This account cannot sign in: it may be disabled. Ask an admin.';
  return `Sign-in failed (the server answered ${status}). Try again in a moment.`;
}
