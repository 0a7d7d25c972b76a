// The portal's public address. Behind a proxy the host Next sees is not the one people use, and a host taken from a
// request must not be written into a body shared caches keep: TRIPLINE_URL names it (README, "Running the portal").

/** TRIPLINE_URL without a trailing slash, or null when it is unset or not an http(s) URL. */
export function publicBase(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.TRIPLINE_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** A root-relative path of ours made absolute on `base`; left as it is without one. */
export function absolute(path: string, base: string | null): string {
  return base ? `${base}${path}` : path;
}

// A host name or address with an optional port, nothing else (no path, no user): what a Host header may hold.
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * The origin a request was sent to. Next builds `request.url` on the hostname it listens on (`localhost` under
 * `next start`), not on the one the client asked for, so the Host header names it; the scheme is the URL's (Next
 * takes it from X-Forwarded-Proto). Shared caches key entries by that same host, so no other host's copy gets it.
 */
function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host')?.trim() ?? '';
  return HOST.test(host) ? new URL(`${url.protocol}//${host}`).origin : url.origin;
}

/**
 * For bodies that must hold absolute URLs (sitemaps, robots.txt): TRIPLINE_URL, else the origin the request came
 * to. Set TRIPLINE_URL in production; behind a proxy the request's origin is the proxy's view of it.
 */
export function publicBaseFor(request: Request, env: Record<string, string | undefined> = process.env): string {
  return publicBase(env) ?? requestOrigin(request);
}
