// Who a browser's session cookie belongs to, for pages and server actions (the API reads it through
// request-actor.ts, which also takes tokens). A disabled account, or one whose role is unknown, is nobody.
import type { Db } from '../db/client';
import { getAuth } from './better-auth';
import { type Actor, isRole } from './roles';

export async function actorOfHeaders(db: Db, headers: Headers): Promise<Actor | null> {
  const session = await (await getAuth(db)).api.getSession({ headers }).catch(() => null);
  if (!session) return null;
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user || user.disabled || !isRole(user.role)) return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, via: 'session' };
}
