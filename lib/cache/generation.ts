import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { CONTENT_GENERATION_KEY } from './tags';

// The content generation: a token that changes whenever public content changes (a publish, an unpublish, an
// import). A caching proxy in front of several instances puts it in its cache key (deploy/nginx/tripline.conf), so
// that after a change no page cached from the old content is reachable, on any path, whatever its s-maxage: nginx
// without a purge module cannot delete what it cached, but it can stop looking it up.
//
// The proxy reads it from `urls.api.cacheGeneration()` (held five seconds) and is told at once by `tellProxies`.
// It must change only after Next's shared cache has dropped the old pages, or the proxy would fetch an old page
// under the new generation and keep it for the page's whole s-maxage.

export async function contentGeneration(db: Db): Promise<string> {
  const found = await db.meta.findUnique({ where: { key: CONTENT_GENERATION_KEY }, select: { value: true } });
  return found?.value ?? '0';
}

/** A new token, never one seen before (two instances changing it at once both change it). */
export async function bumpContentGeneration(db: Db, now = Date.now()): Promise<string> {
  const value = `${now.toString(36)}.${randomBytes(4).toString('hex')}`;
  await db.meta.upsert({
    where: { key: CONTENT_GENERATION_KEY },
    create: { key: CONTENT_GENERATION_KEY, value },
    update: { value },
  });
  return value;
}

/** Where a proxy re-reads the generation at once: nginx answers it only to the addresses it allows. */
export const PROXY_REFRESH_PATH = '/_tripline/refresh-generation';

/** TRIPLINE_PROXY_URLS: the caching proxies in front of the portal, each as the address an instance reaches it by. */
export function proxyUrls(env: Record<string, string | undefined>): string[] {
  return (env.TRIPLINE_PROXY_URLS ?? '')
    .split(/[\s,]+/)
    .map((u) => u.trim())
    .filter(Boolean);
}

/**
 * Makes every proxy re-read the generation now rather than within a second; one line per proxy that did not.
 * A proxy that cannot be told still learns the generation within about two seconds.
 */
export async function tellProxies(env: Record<string, string | undefined> = process.env): Promise<string[]> {
  const problems = await Promise.all(
    proxyUrls(env).map(async (base) => {
      const url = new URL(PROXY_REFRESH_PATH, base);
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
        await res.body?.cancel();
        return res.ok ? null : `the proxy at ${url} answered ${res.status} to the new content generation`;
      } catch (error) {
        return `the proxy at ${url} could not be told of the new content generation: ${(error as Error).message}`;
      }
    }),
  );
  return problems.filter((p): p is string => p !== null);
}

// A proxy's own refresh of the generation that began before the change can end after it was told, and store the
// old token again; the proxy gives such a request a second (deploy/nginx/tripline.conf), so telling it once more
// after that leaves the new one in place.
const TELL_AGAIN_MS = 1500;

/** Content changed and Next's shared cache has forgotten the old pages: proxies stop serving theirs. */
export async function contentChanged(
  db: Db,
  env: Record<string, string | undefined> = process.env,
  againAfterMs = TELL_AGAIN_MS,
): Promise<void> {
  await bumpContentGeneration(db);
  if (!proxyUrls(env).length) return;
  for (const problem of await tellProxies(env)) console.warn(problem);
  await new Promise((resolve) => setTimeout(resolve, againAfterMs));
  for (const problem of await tellProxies(env)) console.warn(problem);
}
