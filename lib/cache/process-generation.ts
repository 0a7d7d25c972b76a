// A counter that moves whenever public content changes, for the in-process caches of answers built from it
// (lib/http/response-cache.ts, lib/cache/memo.ts): an entry remembers the generation it was built in and is worthless
// once the counter has moved. (The content generation of several instances, which proxies read, is
// lib/cache/generation.ts.) It moves after a publish or unpublish commits (lib/workflow) and when a portal is told to revalidate
// (app/api/revalidate, which the import commands and other instances call).
//
// The counter lives on globalThis, not in this module: Next bundles instrumentation.ts (where the response cache
// runs) and each route separately, so each of them holds its own copy of this module.

const KEY = Symbol.for('tripline.process-generation');

interface State {
  generation: number;
}

function state(): State {
  const g = globalThis as typeof globalThis & { [KEY]?: State };
  g[KEY] ??= { generation: 0 };
  return g[KEY];
}

export function processGeneration(): number {
  return state().generation;
}

/** Public content changed: every answer cached in this process from the old content is thrown away. */
export function forgetProcessAnswers(): void {
  state().generation++;
}

/**
 * Whether this process may keep answers at all. Not with a shared cache (REDIS_URL): there, instances sit behind a
 * caching proxy, and an answer kept here for even a second could be fetched by the proxy after a publish elsewhere
 * and kept under the new content generation for its whole s-maxage. TRIPLINE_RESPONSE_CACHE=off turns them off too.
 */
export function processCachesOn(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRIPLINE_RESPONSE_CACHE !== 'off' && !env.REDIS_URL;
}
