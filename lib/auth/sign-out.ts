// Signing out from the header's form: the session is deleted and its cookie cleared. Only from our own pages: a
// cross-site form could otherwise sign people out at will.
import type { Db } from '../db/client';
import { audit } from './audit';
import { getAuth } from './better-auth';
import { fromOurOrigin } from './request-actor';
import { actorOfHeaders } from './session-actor';

export type SignOutResult = { ok: true; headers: Headers } | { ok: false; message: string };

export async function signOut(db: Db, request: Request, ip: string | null): Promise<SignOutResult> {
  if (!fromOurOrigin(request)) {
    return { ok: false, message: 'cross-site request refused: sign out from Tripline itself' };
  }
  const actor = await actorOfHeaders(db, request.headers);
  const auth = await getAuth(db);
  const { headers } = await auth.api
    .signOut({ headers: request.headers, returnHeaders: true })
    // No session (already signed out, or expired): nothing to end, and nothing to refuse.
    .catch(() => ({ headers: new Headers() }));
  if (actor) await audit(db, { action: 'sign-out', actor, target: actor.email, ip });
  return { ok: true, headers };
}
