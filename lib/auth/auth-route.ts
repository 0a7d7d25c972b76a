// In front of better-auth's handler: every sign-in, good or bad, goes to the audit log, and failed ones are counted
// so that guessing slows down per account and address, per address and per account (lib/auth/sign-in-throttle.ts):
// each attempt is counted before its password is checked, and a success taken back.

import type { Db } from '../db/client';
import { clientAddressOf } from '../http/request-client-address';
import { urls } from '../urls';
import { audit } from './audit';
import { getAuth } from './better-auth';
import { signInSucceeded, startSignInAttempt } from './sign-in-throttle';

// The only endpoints of better-auth that Tripline uses (signing out is /logout, lib/auth/sign-out.ts). The others
// (change-password, update-user, list-sessions, ...) would change an account past the password policy, the throttle
// and the audit log: accounts change through lib/auth/users.ts.
const SERVED = new Set([urls.api.signIn(), urls.api.session()]);

export async function handleAuthRequest(db: Db, request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (!SERVED.has(path)) return Response.json({ code: 'NOT_FOUND', message: 'No such endpoint.' }, { status: 404 });
  const auth = await getAuth(db);
  if (request.method !== 'POST' || path !== urls.api.signIn()) return auth.handler(request);

  // Before anything is counted: without the hook's address, this throws rather than count everyone as one client.
  const ip = clientAddressOf(request);
  const email = await signInEmail(request);
  if (typeof email !== 'string') return email;
  const startedAt = Date.now();
  const refusal = await startSignInAttempt(db, email, ip, startedAt);
  if (refusal) {
    if (refusal.audit) {
      await audit(db, {
        action: 'sign-in-failed',
        target: email,
        ip,
        detail: { reason: 'throttled', limit: refusal.limit },
      });
    }
    return Response.json(
      { code: 'TOO_MANY_ATTEMPTS', message: refusal.message },
      { status: 429, headers: { 'retry-after': String(refusal.retryAfterSeconds) } },
    );
  }
  const response = await auth.handler(request);
  const user = email ? await db.user.findUnique({ where: { email }, select: { id: true, disabled: true } }) : null;
  if (response.ok) {
    await signInSucceeded(db, email, ip, startedAt);
    await audit(db, { action: 'sign-in', actor: user ? { userId: user.id, email } : null, target: email, ip });
    return response;
  }
  const disabledRefused = user?.disabled === true && (await refusedSession(response));
  await audit(db, {
    action: 'sign-in-failed',
    target: email,
    ip,
    detail: disabledRefused ? { status: response.status, reason: 'account-disabled' } : { status: response.status },
  });
  return disabledRefused ? asWrongPassword(response) : response;
}

// better-auth checks the password first; only a right one reaches the session hook (better-auth.ts) that refuses a
// disabled account, and better-auth then answers "Failed to create session" where a wrong password gets "Invalid
// email or password". That difference would confirm a disabled account's password to anyone guessing it, so the
// client gets the wrong password's answer (same status, body and headers; the timing already matches, as both
// paths check the password), and only the audit log says the account is disabled.
const SESSION_REFUSED = 'FAILED_TO_CREATE_SESSION';
/** better-auth's answer to a wrong password, byte for byte (auth-route.test.ts compares them). */
const WRONG_PASSWORD = JSON.stringify({ message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' });

async function refusedSession(response: Response): Promise<boolean> {
  const body = await response
    .clone()
    .json()
    .catch(() => null);
  return (body as { code?: unknown } | null)?.code === SESSION_REFUSED;
}

function asWrongPassword(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(WRONG_PASSWORD, { status: 401, headers });
}

const JSON_TYPE = 'application/json';

/**
 * The account a sign-in names, read as better-auth will read it, or the answer to a request that names none.
 * better-auth also takes form-encoded bodies; read as JSON, those named no account, so they skipped every
 * per-account limit and the disabled-account answer. The sign-in form sends JSON, so nothing else is accepted.
 */
async function signInEmail(request: Request): Promise<string | Response> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== JSON_TYPE) {
    return Response.json(
      { code: 'UNSUPPORTED_MEDIA_TYPE', message: `Sign in with a JSON body (Content-Type: ${JSON_TYPE}).` },
      { status: 415, headers: { accept: JSON_TYPE } },
    );
  }
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => null);
  const email = (body as { email?: unknown } | null)?.email;
  if (typeof email !== 'string' || !email.trim()) {
    return Response.json(
      { code: 'INVALID_REQUEST', message: 'Sign in with a JSON object that has an email and a password.' },
      { status: 400 },
    );
  }
  return email.trim().toLowerCase().slice(0, 320);
}
