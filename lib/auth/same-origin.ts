// The cross-site check of a server action: it has the request's headers but no URL, so the URL is made from the Host
// it was sent to, and the write API's own check (request-actor.ts fromOurOrigin) judges it.
import { fromOurOrigin } from './request-actor';

export function headersFromOurOrigin(headers: Headers): boolean {
  const host = headers.get('host');
  if (!host || !/^[a-z0-9.\-[\]:]+$/i.test(host)) return false;
  return fromOurOrigin(new Request(`http://${host}/`, { method: 'POST', headers }));
}
