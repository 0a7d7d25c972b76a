import { methodNotAllowed } from '@/lib/api/respond';
import { accountMenu } from '@/lib/auth/account-menu';
import { actorOfRequest } from '@/lib/auth/request-actor';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { clientAddressOf } from '@/lib/http/request-client-address';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** Who is signed in and which header links they get: asked by the document script on every page view. */
export async function GET(request: Request) {
  const who = await actorOfRequest(getDb(), request, clientAddressOf(request));
  return Response.json(accountMenu(who.ok ? who.actor : null), {
    headers: { 'cache-control': 'private, no-store' },
  });
}
