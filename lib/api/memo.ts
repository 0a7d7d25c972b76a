import { FRESH_MS } from '../http/response-cache';

/**
 * The in-process memo of the rate-limited reads (lib/cache/memo.ts): a few hundred popular queries, and a change
 * made through another instance seen as soon as the response cache sees it elsewhere.
 */
export const API_MEMO = { max: 500, ttlMs: FRESH_MS };
