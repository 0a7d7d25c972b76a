// Who is looking at a page: the same answer actorOfRequest gives an API route, from the request headers a server
// component reads (a page is a safe request, so the cross-site check does not apply). Null for an anonymous reader.
import type { Db } from '../db/client';
import { actorOfRequest } from './request-actor';
import type { Actor } from './roles';

export async function actorOfHeaders(db: Db, headers: Headers): Promise<Actor | null> {
  const who = await actorOfRequest(db, new Request('http://tripline.invalid/', { headers }), null);
  return who.ok ? who.actor : null;
}
