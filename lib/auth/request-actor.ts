// Who is making an HTTP request: a personal API token (`Authorization: Bearer tl_...`) or a session cookie. A cookie
// rides along with any request a browser makes, so a state-changing request that relies on one must come from our
// own pages (its Origin is ours); a bearer token is never sent by a browser on its own, so it needs no such check.
import type { Db } from '../db/client';
import type { Actor } from './roles';
import { actorOfSession } from './session-actor';
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
    const actor = await actorOfSession(db, request.headers);
    if (!actor) return { ok: true, actor: null };
    return {
      ok: false,
      status: 403,
      message: 'cross-site request refused: send it from Tripline itself, or use an API token',
    };
  }
  return { ok: true, actor: await actorOfSession(db, request.headers) };
}

/**
 * Browsers send Origin with every cross-origin request and with same-origin POST, PUT and DELETE; Sec-Fetch-Site says
 * the same where Origin is absent. A request saying neither is refused: our own pages always say one of them.
 */
export function fromOurOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin) return ourOrigins(new URL(request.url).origin).has(origin);
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

/**
 * The same check for a server action, which has headers but no URL: the origin it was sent to is the scheme and
 * Host of the request (the scheme a TLS-terminating proxy reports), or the portal's public URL.
 */
export function headersFromOurOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  const host = headers.get('host');
  if (origin) {
    const scheme = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
    return ourOrigins(host ? `${scheme}://${host}` : undefined).has(origin);
  }
  return headers.get('sec-fetch-site') === 'same-origin';
}

function ourOrigins(own: string | undefined): Set<string | undefined> {
  return new Set(
    [own, process.env.TRIPLINE_URL ? new URL(process.env.TRIPLINE_URL).origin : undefined].filter(Boolean),
  );
}
