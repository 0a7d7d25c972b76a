// Who is making an HTTP request: a personal API token (`Authorization: Bearer tl_...`) or a session cookie. A cookie
// rides along with any request a browser makes, so a state-changing request that relies on one must come from our
// own pages (its Origin is ours); a bearer token is never sent by a browser on its own, so it needs no such check.
import type { Db } from '../db/client';
import { originsOfRequest } from '../http/request-origin';
import { getAuth } from './better-auth';
import { type Actor, isRole } from './roles';
import { actorForToken } from './tokens';

export type RequestActor = { ok: true; actor: Actor | null } | { ok: false; status: 401 | 403; message: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function actorOfRequest(db: Db, request: Request, ip: string | null): Promise<RequestActor> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const actor = token ? await actorForToken(db, token, ip) : null;
    return actor
      ? { ok: true, actor }
      : { ok: false, status: 401, message: 'the API token is unknown, revoked, or its owner is disabled' };
  }
  const session = await (await getAuth(db)).api.getSession({ headers: request.headers }).catch(() => null);
  if (!session) return { ok: true, actor: null };
  if (!SAFE_METHODS.has(request.method) && !fromOurOrigin(request)) {
    return {
      ok: false,
      status: 403,
      message: 'cross-site request refused: send it from Tripline itself, or use an API token',
    };
  }
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user || user.disabled || !isRole(user.role)) return { ok: true, actor: null };
  return { ok: true, actor: { userId: user.id, email: user.email, name: user.name, role: user.role, via: 'session' } };
}

/**
 * Browsers send Origin with every cross-origin request and with same-origin POST, PUT and DELETE; Sec-Fetch-Site says
 * the same where Origin is absent. A request saying neither is refused: our own pages always say one of them.
 */
export function fromOurOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const ours = new Set([
    ...originsOfRequest(request),
    process.env.TRIPLINE_URL && new URL(process.env.TRIPLINE_URL).origin,
  ]);
  if (origin) return ours.has(origin);
  return request.headers.get('sec-fetch-site') === 'same-origin';
}
