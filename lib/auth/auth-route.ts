// In front of better-auth's handler: every sign-in, good or bad, goes to the audit log, and failed ones are counted
// so that guessing slows down per account and per address (lib/auth/sign-in-throttle.ts): each attempt is counted
// before its password is checked, and a success taken back.

import type { Db } from '../db/client';
import { CLIENT_ADDRESS_HEADER } from '../http/node-request-hook';
import { audit } from './audit';
import { getAuth } from './better-auth';
import { signInSucceeded, startSignInAttempt } from './sign-in-throttle';

export async function handleAuthRequest(db: Db, request: Request): Promise<Response> {
  const auth = await getAuth(db);
  const path = new URL(request.url).pathname;
  if (request.method !== 'POST' || !path.endsWith('/sign-in/email')) return auth.handler(request);

  const ip = request.headers.get(CLIENT_ADDRESS_HEADER);
  const body = await request
    .clone()
    .json()
    .catch(() => ({}));
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 320) : '';
  const startedAt = Date.now();
  const refusal = await startSignInAttempt(db, email, ip, startedAt);
  if (refusal) {
    await audit(db, { action: 'sign-in-failed', target: email, ip, detail: { reason: 'throttled' } });
    return Response.json(
      { code: 'TOO_MANY_ATTEMPTS', message: refusal.message },
      { status: 429, headers: { 'retry-after': String(refusal.retryAfterSeconds) } },
    );
  }
  const response = await auth.handler(request);
  const user = email ? await db.user.findUnique({ where: { email }, select: { id: true } }) : null;
  if (response.ok) {
    await signInSucceeded(db, email, ip, startedAt);
    await audit(db, { action: 'sign-in', actor: user ? { userId: user.id, email } : null, target: email, ip });
  } else {
    await audit(db, { action: 'sign-in-failed', target: email, ip, detail: { status: response.status } });
  }
  return response;
}
