import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { withoutClientRuntime } from '../documents/strip-runtime';
import { preferredCoding } from './accept-encoding';
import { withoutInlineScripts } from './security-headers';

// A public page's answer, taken whole from Next and sent as a document (lib/documents/strip-runtime.ts): Next's
// client runtime removed, Content-Security-Policy closed to inline scripts (the page has none left), compressed
// here. Next is asked for the page uncompressed (its Accept-Encoding is taken off the request), because the
// runtime can only be removed from the HTML, not from Next's gzip stream.
//
// The answer is held until Next ends it, so nothing is sent early: a cached page is written in one piece anyway,
// and the few dynamic ones (search) take milliseconds. Anything that is not HTML (an error in JSON, a redirect)
// passes as Next wrote it, compressed the same way. The response cache (response-cache.ts), installed before
// this, keeps what goes out of here.

/** Below this, compressing costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

type Callback = (error?: Error | null) => void;

export function serveAsDocument(request: IncomingMessage, response: ServerResponse): void {
  const coding = preferredCoding(request.headers['accept-encoding']);
  delete request.headers['accept-encoding'];
  const chunks: Buffer[] = [];
  const { writeHead, write, flushHeaders, end } = response;
  const take = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array),
    );
  };

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status;
    for (const arg of rest) {
      if (typeof arg === 'string') this.statusMessage = arg;
      else if (Array.isArray(arg)) for (let i = 0; i + 1 < arg.length; i += 2) this.setHeader(arg[i], arg[i + 1]);
      else if (arg && typeof arg === 'object')
        for (const [name, value] of Object.entries(arg as OutgoingHttpHeaders))
          if (value !== undefined) this.setHeader(name, value);
    }
    return this;
  } as typeof response.writeHead;
  response.flushHeaders = () => {};
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    take(chunk, rest[0]);
    const callback = rest.find((a) => typeof a === 'function') as Callback | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    take(chunk, rest[0]);
    const callback = [chunk, ...rest].find((a) => typeof a === 'function') as Callback | undefined;
    const body = finished(request, this, Buffer.concat(chunks), coding);
    // Node's end() sends the head through this.writeHead: the real ones again, now that the answer is known.
    Object.assign(this, { writeHead, write, flushHeaders, end });
    return (end as (...a: unknown[]) => ServerResponse).call(this, body, ...(callback ? [callback] : []));
  } as typeof response.end;
}

function finished(request: IncomingMessage, response: ServerResponse, body: Buffer, coding: string): Buffer {
  const type = String(response.getHeader('content-type') ?? '');
  const alreadyCoded = response.getHeader('content-encoding') !== undefined;
  let out = body;
  if (/^text\/html\b/i.test(type) && !alreadyCoded && body.byteLength > 0) {
    const html = withoutClientRuntime(body.toString('utf8'));
    if (html !== null) {
      out = Buffer.from(html, 'utf8');
      const policy = response.getHeader('content-security-policy');
      if (typeof policy === 'string') response.setHeader('content-security-policy', withoutInlineScripts(policy));
    }
  }
  addVary(response, 'Accept-Encoding');
  if (!alreadyCoded && coding !== 'identity' && out.byteLength >= COMPRESS_FROM_BYTES && compressible(type)) {
    out =
      coding === 'br'
        ? brotliCompressSync(out, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(out, { level: 6 });
    response.setHeader('content-encoding', coding);
  }
  response.removeHeader('transfer-encoding');
  if (request.method === 'HEAD') response.removeHeader('content-length');
  else response.setHeader('content-length', out.byteLength);
  return request.method === 'HEAD' ? Buffer.alloc(0) : out;
}

function compressible(type: string): boolean {
  return /^(?:text\/|application\/(?:json|javascript|xml|[a-z.+-]*\+(?:json|xml)))/i.test(type);
}

function addVary(response: ServerResponse, name: string): void {
  const current = String(response.getHeader('vary') ?? '');
  const values = current
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.some((v) => v === '*' || v.toLowerCase() === name.toLowerCase())) return;
  response.setHeader('vary', [...values, name].join(', '));
}
