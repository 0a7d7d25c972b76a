// Whether a state-changing request comes from our own pages: what protects a request that rides a session cookie
// against cross-site forgery (the write API, server actions, sign-out, and better-auth's own trusted origins).

/**
 * The origin a request was sent to: its scheme and Host header. Not `request.url`, whose host is whatever Next was
 * started with (`next start -H 127.0.0.1` still makes it http://localhost:PORT), while the browser's Origin names
 * the host it actually asked. Behind a TLS-terminating proxy, X-Forwarded-Proto gives the scheme.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  if (!host) return url.origin;
  const scheme = request.headers.get('x-forwarded-proto') === 'https' ? 'https' : url.protocol.replace(/:$/, '');
  return `${scheme}://${host}`;
}

/**
 * Browsers send Origin with every cross-origin request and with same-origin POST, PUT and DELETE; Sec-Fetch-Site says
 * the same where Origin is absent. A request saying neither is refused: our own pages always say one of them.
 */
export function fromOurOrigin(request: Request): boolean {
  return originIsOurs(request.headers, requestOrigin(request));
}

/** The same check for a server action, which has headers but no URL (its scheme is http unless a proxy says https). */
export function headersFromOurOrigin(headers: Headers): boolean {
  const host = headers.get('host');
  const scheme = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return originIsOurs(headers, host ? `${scheme}://${host}` : undefined);
}

function originIsOurs(headers: Headers, own: string | undefined): boolean {
  const origin = headers.get('origin');
  if (!origin) return headers.get('sec-fetch-site') === 'same-origin';
  const ours = [own, process.env.TRIPLINE_URL ? new URL(process.env.TRIPLINE_URL).origin : undefined];
  return ours.includes(origin);
}
