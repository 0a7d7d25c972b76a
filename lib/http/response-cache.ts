import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { processGeneration } from '../cache/process-generation';
import { noneMatchHolds } from './etag';
import { rateLimitFor } from './route-limits';

// A small shared cache inside the portal process, in front of Next, for what Next and our routes already declare
// shareable: a 200 answer to GET whose Cache-Control carries s-maxage (the ISR pages, rule downloads, the public
// /api/v1 answers). Next spends milliseconds of CPU on every request before it reaches its own page cache (the
// proxy, routing, header rules, the cache lookup); a hit here is one Map lookup and one socket write.
//
// It keeps the whole response, security headers included, exactly as Next sent it, and holds it briefly: an entry
// is fresh for FRESH_MS, then the next request goes through Next again (which applies ISR's revalidate and a
// cache shared with other instances) while the others are answered from the old copy for at most STALE_MS. Any
// change of public content in this process (lib/cache/process-generation.ts) makes every entry worthless at once.
//
// Not kept: requests for React's client navigation (rsc, next-router-* headers, which Next varies on), requests
// with credentials in Authorization, routes with a per-client rate limit (every request must be counted), and any
// answer that is private, sets a cookie, or varies on a header the key does not hold.

export const FRESH_MS = 1000;
export const STALE_MS = 5000;
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

/** Request headers that make Next answer differently (its own Vary) or that carry who is asking. */
const BYPASS_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'authorization',
  'range',
];
/** Vary values the key covers: accept-encoding is in it; the others are bypassed above. */
const VARY_KEYED = new Set(['accept-encoding', ...BYPASS_HEADERS]);
/** Per connection or per send, never replayed. */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

interface Entry {
  generation: number;
  storedAt: number;
  headers: OutgoingHttpHeaders;
  etag: string | undefined;
  body: Buffer;
  refreshing: boolean;
}

export interface ResponseCache {
  /** True when the request was answered from the cache; otherwise the response is watched and the caller goes on. */
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  /** How many requests were answered from the cache (for tests and the bench). */
  readonly hits: number;
}

export function createResponseCache(now: () => number = Date.now): ResponseCache {
  const entries = new LRUCache<string, Entry>({
    maxSize: MAX_TOTAL_BYTES,
    sizeCalculation: (e) => e.body.byteLength + 1024,
  });
  let hits = 0;

  function serve(request: IncomingMessage, response: ServerResponse): boolean {
    const key = keyOf(request);
    if (key === null) return false;
    const entry = entries.get(key);
    const generation = processGeneration();
    if (entry && entry.generation === generation) {
      const age = now() - entry.storedAt;
      const usable = age < FRESH_MS || (entry.refreshing && age < FRESH_MS + STALE_MS);
      if (usable) {
        hits++;
        answer(request, response, entry);
        return true;
      }
    }
    // Only GET fills the cache (a HEAD has no body to keep); one request at a time refreshes an entry.
    if (request.method !== 'GET') return false;
    if (entry && entry.generation === generation) entry.refreshing = true;
    record(response, (status, headers, body) => {
      if (entry) entry.refreshing = false;
      if (status !== 200 || body === null || processGeneration() !== generation || !storable(headers)) return;
      const kept = replayable(headers);
      const etag = typeof kept.etag === 'string' ? kept.etag : undefined;
      entries.set(key, { generation, storedAt: now(), headers: kept, etag, body, refreshing: false });
    });
    return false;
  }

  return {
    serve,
    get hits() {
      return hits;
    },
  };
}

function keyOf(request: IncomingMessage): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '';
  if (!url.startsWith('/')) return null;
  const { headers } = request;
  if (BYPASS_HEADERS.some((h) => headers[h] !== undefined)) return null;
  // Decoded as Next routes it, so /%73earch is known for /search.
  const path = decodedPath(url.split('?', 1)[0] ?? url);
  if (path === null || rateLimitFor(path)) return null;
  // x-forwarded-proto chooses between the plain and the TLS set of security headers (next.config.ts).
  const tls = headers['x-forwarded-proto'] === 'https' ? 'tls' : '';
  return `${headers.host ?? ''}\n${url}\n${headers['accept-encoding'] ?? ''}\n${tls}`;
}

function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function answer(request: IncomingMessage, response: ServerResponse, entry: Entry): void {
  if (entry.etag && noneMatchHolds(request.headers['if-none-match'], entry.etag)) {
    const { 'content-type': _type, 'content-encoding': _encoding, ...headers } = entry.headers;
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...entry.headers, 'content-length': entry.body.byteLength });
  response.end(request.method === 'HEAD' ? undefined : entry.body);
}

function storable(headers: OutgoingHttpHeaders): boolean {
  if (headers['set-cookie'] !== undefined) return false;
  const control = String(headers['cache-control'] ?? '').toLowerCase();
  if (/\b(private|no-store|no-cache)\b/.test(control) || !/\bs-maxage=[1-9]/.test(control)) return false;
  const vary = String(headers.vary ?? '')
    .toLowerCase()
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return vary.every((v) => VARY_KEYED.has(v));
}

function replayable(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) kept[name] = value;
  return kept;
}

type Finished = (status: number, headers: OutgoingHttpHeaders, body: Buffer | null) => void;

/**
 * Watches what is written to `response` (after any compression, which wraps write and end later) and reports the
 * status, headers and body once it has all been handed to the socket; a body past MAX_ENTRY_BYTES is reported as
 * null. A response the client abandoned never finishes and is never reported.
 */
function record(response: ServerResponse, done: Finished): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let explicit: OutgoingHttpHeaders = {};
  const keep = (chunk: unknown, encoding: unknown) => {
    if (bytes > MAX_ENTRY_BYTES || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const b =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    bytes += b.byteLength;
    chunks.push(b);
  };
  const { writeHead, write, end } = response;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    // Headers given to writeHead itself are in getHeaders() only when some were set before; keep them either way.
    const given = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null);
    if (given && !Array.isArray(given)) explicit = given as OutgoingHttpHeaders;
    else if (given) explicit = { 'set-cookie': 'unknown headers given as an array' };
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof response.writeHead;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;
  response.once('finish', () => {
    const headers = { ...lowerCased(explicit), ...response.getHeaders() };
    done(response.statusCode, headers, bytes > MAX_ENTRY_BYTES ? null : Buffer.concat(chunks, bytes));
  });
}

function lowerCased(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
