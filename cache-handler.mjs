// Next's page and data cache in Redis, shared by every instance of the portal, so that a page revalidated on one
// instance (a publish, an import) is revalidated on all: next.config.ts names this file only when REDIS_URL is set.
// Plain JavaScript because Next loads it with Node's own loader at `next start`, outside the bundle.
//
// @fortedigital/nextjs-cache-handler (the maintained successor of @neshca/cache-handler, written for Next 15/16)
// does the work: its redis-strings handler stores each entry with its tags and deletes the entries of a
// revalidated tag, and remembers when each of Next's implicit path tags was revalidated so that no instance serves
// an entry older than that. When Redis cannot be reached at start, this instance caches in its own memory (the
// package's LRU handler) and says so: pages then stay fresh through the ISR window, as with one cache per instance.
//
// registerInitialCache is not used: Next 16.4 stores pages under route-scoped keys (/route-cache/APP_PAGE/...)
// that it does not write, so what it would put in Redis is never read; pages are rendered once, on first request,
// by whichever instance gets it, and shared from then on.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

// One key prefix per build: entries of an older build (other chunk names, other RSC payloads) are never served by
// a newer one, and a rolling deploy does not mix them.
const prefix = (buildId) => `tripline:${(buildId ?? 'dev').trim()}:`;

CacheHandler.onCreation(async ({ buildId }) => {
  // `next build` prerenders with the same handler; the build has no Redis to talk to and needs none.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
    return { handlers: [createLruHandler()] };
  }
  const url = process.env.REDIS_URL;
  const where = url.replace(/\/\/[^@/]*@/, '//');
  const client = createClient({ url, pingInterval: 10_000, socket: { connectTimeout: 5_000 } });
  // node-redis reconnects by itself; without a listener an 'error' event would end the process.
  client.on('error', (error) => console.warn(`Redis cache at ${where}: ${error.message}`));
  try {
    await client.connect();
  } catch (error) {
    console.error(
      `Redis cache at ${where} unreachable (${error.message}): this instance caches pages in its own memory, ` +
        'so a publish on another instance shows here only when its pages are revalidated.',
    );
    await client.disconnect().catch(() => {});
    return { handlers: [createLruHandler()] };
  }
  return { handlers: [createRedisHandler({ client, keyPrefix: prefix(buildId), timeoutMs: 2_000 })] };
});

export default CacheHandler;
