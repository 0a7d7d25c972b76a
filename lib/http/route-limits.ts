import type { RateLimitName } from '../rate-limit/limits';

// Which routes count against which limit (lib/rate-limit/limits.ts). Plain data, so the response cache in front of
// Next can leave these routes alone without loading the database code.

const ROUTE_LIMITS: ReadonlyArray<[RegExp, RateLimitName]> = [
  [/^\/search\/?$/, 'search'],
  [/^\/api\/v1\/detections\/?$/, 'search'],
  [/^\/api\/v1\/(navigator-layer|changes)\/?$/, 'search'],
  [/^\/changes\.atom$/, 'search'],
  [/^\/rules\.zip$/, 'bundle'],
  [/^\/api\/v1\/sigma\/match\/?$/, 'sigmaMatch'],
  [/^\/api\/v1\/sigma\/(validate|convert)\/?$/, 'sigma'],
];

export function rateLimitFor(pathname: string): RateLimitName | undefined {
  return ROUTE_LIMITS.find(([path]) => path.test(pathname))?.[1];
}
