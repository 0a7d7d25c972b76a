import { contentGeneration } from '@/lib/cache/generation';
import { getDb } from '@/lib/db/client';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

/**
 * The content generation, for a caching proxy's cache key (deploy/nginx/tripline.conf reads the header). The
 * instance that changes it tells the proxies at once; held five seconds by shared caches in case they could not be
 * told, then served stale while one request refreshes it, and for a day when no instance answers, so the proxy
 * keeps serving its cached pages while every instance is down.
 */
export async function GET() {
  const generation = await contentGeneration(getDb());
  return new Response(`${generation}\n`, {
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'public, s-maxage=5, stale-while-revalidate=60, stale-if-error=86400',
      'x-tripline-generation': generation,
    },
  });
}
