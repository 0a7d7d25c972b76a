import { tooManyRequests } from '../api/respond';
import type { Db } from '../db/client';
import { hitRateLimit } from '../rate-limit/hit';
import { RATE_LIMITS, type RateLimitName } from '../rate-limit/limits';
import { plainPage } from './plain-page';
import { clientAddressOf } from './request-client-address';
import { rateLimitFor } from './route-limits';

export { rateLimitFor };

// The HTTP face of lib/rate-limit: which routes count against which limit, and the 429 a client over it gets.
// Pages are limited in proxy.ts (a page cannot answer 429 itself); a route handler may call refuseOverLimit too.

/**
 * Counts the request against the limit `name`: null when it may go on, else the 429 to answer with (JSON for
 * the API, a page for people). The client is the address lib/http/node-request-hook.ts wrote; without it (the
 * hook not installed) this throws rather than count every client as one (request-client-address.ts).
 */
export async function refuseOverLimit(
  db: Db,
  request: Request,
  name: RateLimitName,
  { json, now = Date.now() }: { json: boolean; now?: number },
): Promise<Response | null> {
  const limit = RATE_LIMITS[name];
  const client = clientAddressOf(request);
  const decision = await hitRateLimit(db, limit, client, now);
  if (decision.allowed) return null;
  const wait = decision.retryAfterSeconds;
  if (json) return tooManyRequests(wait, limit);
  return plainPage(
    429,
    'Too many requests',
    `More than ${limit.hits} requests in ${limit.windowSeconds} seconds came from your address. Wait ${wait} second${wait === 1 ? '' : 's'}, then try again.`,
    { 'retry-after': String(wait) },
  );
}
