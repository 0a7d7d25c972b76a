import { signOut } from '@/lib/auth/sign-out';
import { getDb } from '@/lib/db/client';
import { otherMethods, plainMethodNotAllowed } from '@/lib/http/methods';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/node-request-hook';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';
export const { OPTIONS, GET, PUT, PATCH, DELETE } = otherMethods(['POST', 'OPTIONS'], plainMethodNotAllowed);

/** The header's sign-out form: ends the session, then the home page (303, so the browser follows with a GET). */
export async function POST(request: Request) {
  const result = await signOut(getDb(), request, request.headers.get(CLIENT_ADDRESS_HEADER));
  if (!result.ok) {
    return new Response(`${result.message}\n`, {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const headers = new Headers({ location: urls.home(), 'cache-control': 'no-store' });
  for (const cookie of result.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return new Response(null, { status: 303, headers });
}
