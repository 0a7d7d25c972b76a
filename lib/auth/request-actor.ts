// Who is making an HTTP request: a personal API token (`Authorization: Bearer tl_...`) or a session cookie. A cookie
// rides along with any request a browser makes, so a state-changing request that relies on one must come from our
// own pages (its Origin is ours); a bearer token is never sent by a browser on its own, so it needs no such check.
import type { Db } from '../db/client';
import type { Actor } from './roles';
import { fromOurOrigin } from './same-origin';
import { actorOfHeaders } from './session-actor';
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
  if (!SAFE_METHODS.has(request.method) && !fromOurOrigin(request)) {
    // Only a request riding a session cookie is refused: without one it is anonymous anyway.
    const actor = await actorOfHeaders(db, request.headers);
    if (!actor) return { ok: true, actor: null };
    return {
      ok: false,
      status: 403,
      message: 'cross-site request refused: send it from Tripline itself, or use an API token',
    };
  }
  return { ok: true, actor: await actorOfHeaders(db, request.headers) };
}
