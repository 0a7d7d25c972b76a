import { SHARED_PUBLIC } from '../http/cache-control';
import { bodyEtag, noneMatchHolds } from '../http/etag';

// Every /api/v1 response goes through here: one error shape, and the same headers on success and failure.
// The data is public and read-only, so any origin may read it and shared caches may keep it for a minute.
const HEADERS = {
  'access-control-allow-origin': '*',
  'cache-control': 'public, max-age=60',
} as const;

export type ErrorCode =
  | 'not_found'
  | 'bad_request'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid_rule'
  | 'match_budget';
export interface ApiError {
  /** `field` names the input at fault; other details (findings, the limit) sit beside it. */
  error: { code: ErrorCode; message: string; field?: string; [detail: string]: unknown };
}

/** Answers computed from what was posted: never to be kept by a shared cache. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

function json(body: unknown, status: number, extra?: HeadersInit): Response {
  const headers = new Headers(HEADERS);
  for (const [key, value] of new Headers(extra)) headers.set(key, value);
  return Response.json(body, { status, headers });
}

export function ok(data: unknown, init: ResponseInit = {}): Response {
  return json(data, init.status ?? 200, init.headers);
}

/**
 * A public read's 200 with an ETag (the body's hash: it covers everything the answer is made of, ATT&CK names and
 * counts included, not only the detection's stored hash), or 304 when If-None-Match already names it.
 */
export function publicAnswer(request: Request, data: unknown): Response {
  const body = JSON.stringify(data);
  const etag = bodyEtag(body);
  const headers = new Headers(HEADERS);
  headers.set('cache-control', SHARED_PUBLIC);
  headers.set('etag', etag);
  if (noneMatchHolds(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  headers.set('content-type', 'application/json');
  return new Response(body, { status: 200, headers });
}

/** 404 for a thing that does not exist, e.g. notFound('detection "nope"'). */
export function notFound(what: string): Response {
  const body: ApiError = { error: { code: 'not_found', message: `No ${what}.` } };
  return json(body, 404);
}

/** 400 naming the query parameter at fault and why. */
export function badRequest(field: string, reason: string): Response {
  const body: ApiError = { error: { code: 'bad_request', message: `${field} ${reason}`, field } };
  return json(body, 400);
}

/** 400 for a path that is not valid percent-encoded UTF-8 (such as /api/v1/%ff). */
export function badPath(): Response {
  const body: ApiError = { error: { code: 'bad_request', message: 'The path is not valid percent-encoded UTF-8.' } };
  return json(body, 400);
}

/** 405 naming the methods the endpoint takes, in Allow and in words. */
export function methodNotAllowed(allow: string): Response {
  const body: ApiError = { error: { code: 'method_not_allowed', message: `This endpoint takes ${allow} only.` } };
  return json(body, 405, { allow });
}

/** 429: the client asked more than `limit` allows; Retry-After says when it may ask again. */
export function tooManyRequests(retryAfterSeconds: number, limit: { hits: number; windowSeconds: number }): Response {
  const message = `Too many requests: at most ${limit.hits} every ${limit.windowSeconds} seconds. Retry after ${retryAfterSeconds} s.`;
  const body: ApiError = { error: { code: 'rate_limited', message } };
  return json(body, 429, { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' });
}

/** Any other error, in the same shape; `details` are added beside code and message. */
export function apiError(
  status: number,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
  headers?: HeadersInit,
): Response {
  const body: ApiError = { error: { ...details, code, message } };
  return json(body, status, headers);
}
