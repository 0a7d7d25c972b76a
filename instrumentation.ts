// Runs once when a portal process starts (next start, next dev), before it serves a request; not during a build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { trustedProxyHops } = await import('./lib/http/client-address');
  const { installNodeRequestHook } = await import('./lib/http/node-request-hook');
  installNodeRequestHook(trustedProxyHops(process.env.TRUST_PROXY));

  // Say where this portal listens, so `npm run import:*` from another shell revalidates it (lib/cache/notify.ts).
  const { ownUrl, recordPortal } = await import('./lib/cache/portals');
  const { getDb } = await import('./lib/db/client');
  const url = ownUrl(process.env);
  if (!url) return;
  try {
    await recordPortal(getDb(), url);
  } catch (error) {
    console.warn(`could not record this portal (${url}) for the import commands: ${(error as Error).message}`);
  }
}
