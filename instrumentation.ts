// Runs once when a portal process starts (next start, next dev), before it serves a request; not during a build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { trustedProxyHops } = await import('./lib/http/client-address');
  const { installNodeRequestHook } = await import('./lib/http/node-request-hook');
  let hops: number;
  try {
    hops = trustedProxyHops(process.env.TRUST_PROXY);
  } catch (error) {
    // Serving on would mean a 500 for every request, or rate limits keyed by the wrong address: stop instead.
    console.error(`Tripline cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  const { processCachesOn } = await import('./lib/cache/process-generation');
  const { documentsOn } = await import('./lib/documents/documents-on');
  installNodeRequestHook(hops, { responseCache: processCachesOn(process.env), documents: documentsOn(process.env) });

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
