import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { withoutClientRuntime } from '../documents/strip-runtime';
import { type Coding, preferredCoding } from './accept-encoding';
import { withoutInlineScripts } from './security-headers';

// A public page's answer, taken whole from Next and sent as a document (lib/documents/strip-runtime.ts): Next's
// client runtime removed, Content-Security-Policy closed to inline scripts (the page has none left), compressed
// here, off the event loop (zlib's thread pool). Next is asked for the page uncompressed (its Accept-Encoding is
// taken off the request), because the runtime can only be removed from the HTML, not from Next's gzip stream.
//
// The answer is held until Next ends it, so nothing is sent early: a cached page is written in one piece anyway,
// and the few dynamic ones (search) take milliseconds. One past MAX_HELD_BYTES goes on as Next writes it, whole.
// Anything that is not HTML (a redirect, an error in JSON) passes as Next wrote it, compressed the same way.
// HEAD is asked of Next as GET, so that its headers are exactly GET's; Node sends no body for a HEAD.
// The response cache (response-cache.ts), installed before this, keeps what goes out of here.

/** Below this, compressing costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;
/** Far above any page of ours (the seed page is 160 KB before the runtime is taken out). */
export const MAX_HELD_BYTES = 4 * 1024 * 1024;

const compressWith = {
  br: promisify(brotliCompress),
  gzip: promisify(gzip),
};

type Callback = (error?: Error | null) => void;
type Write = (...args: unknown[]) => boolean;
type End = (...args: unknown[]) => ServerResponse;

export function serveAsDocument(request: IncomingMessage, response: ServerResponse): void {
  const coding = preferredCoding(request.headers['accept-encoding']);
  delete request.headers['accept-encoding'];
  const head = request.method === 'HEAD';
  if (head) request.method = 'GET';
  const originals = {
    writeHead: response.writeHead,
    write: response.write,
    flushHeaders: response.flushHeaders,
    end: response.end,
  };
  const restore = () => Object.assign(response, originals);
  const chunks: Buffer[] = [];
  let held = 0;
  let ended = false;

  const take = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const b =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk as Uint8Array);
    chunks.push(b);
    held += b.byteLength;
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
    if (held > MAX_HELD_BYTES) {
      // Too large to hold: what came so far goes out as it is, and the rest follows as Next writes it.
      restore();
      const ok = (originals.write as Write).call(this, Buffer.concat(chunks));
      chunks.length = 0;
      if (callback) process.nextTick(callback);
      return ok;
    }
    if (callback) process.nextTick(callback);
    return true;
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (ended) return this;
    ended = true;
    take(chunk, rest[0]);
    const callback = [chunk, ...rest].find((a) => typeof a === 'function') as Callback | undefined;
    const send = (body: Buffer) => {
      // Node's end() sends the head through this.writeHead: the real ones again, now that the answer is known.
      restore();
      (originals.end as End).call(this, head ? undefined : body, ...(callback ? [callback] : []));
    };
    finished(this, Buffer.concat(chunks), coding).then(send, (error: Error) => {
      // zlib failing on a buffer in memory is not expected: send the page as it is rather than nothing.
      console.error(`could not compress ${request.url}: ${error.message}`);
      this.removeHeader('content-encoding');
      send(Buffer.concat(chunks));
    });
    return this;
  } as typeof response.end;
}

async function finished(response: ServerResponse, body: Buffer, coding: Coding): Promise<Buffer> {
  const type = String(response.getHeader('content-type') ?? '');
  const alreadyCoded = response.getHeader('content-encoding') !== undefined;
  let out = body;
  if (/^text\/html\b/i.test(type) && !alreadyCoded && body.byteLength > 0) {
    const document = withoutClientRuntime(body);
    if (document !== null) {
      out = document;
      const policy = response.getHeader('content-security-policy');
      if (typeof policy === 'string') response.setHeader('content-security-policy', withoutInlineScripts(policy));
    }
  }
  addVary(response, 'Accept-Encoding');
  if (!alreadyCoded && coding !== 'identity' && out.byteLength >= COMPRESS_FROM_BYTES && compressible(type)) {
    out =
      coding === 'br'
        ? await compressWith.br(out, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : await compressWith.gzip(out, { level: 6 });
    response.setHeader('content-encoding', coding);
  }
  response.removeHeader('transfer-encoding');
  response.setHeader('content-length', out.byteLength);
  return out;
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
