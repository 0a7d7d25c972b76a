import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { isDocumentPath } from '../documents/document-paths';
import { clientAddress } from './client-address';
import { serveAsDocument } from './document-response';
import { createResponseCache, type ResponseCache } from './response-cache';

// What only the raw Node request allows, done before Next sees the request (instrumentation.ts installs this):
//
// 1. The client's address. Next hands routes and the proxy the X-Forwarded-For a client sent, and fills it from
//    the socket only when it is absent, so from inside Next a forged header and a real one look the same. This
//    writes the address that counts (lib/http/client-address.ts) into CLIENT_ADDRESS_HEADER on every request,
//    replacing anything a client sent under that name. The socket's peer is read when the connection is accepted:
//    Node asks the kernel only when first asked, and a client that resets the connection right after sending its
//    request leaves a socket whose peer can no longer be read (seen: every such request on Node 20). A request
//    that still has no address is answered 400 here: the rate limits could not tell it from anyone else's.
//    Routes read the header with clientAddressOf (request-client-address.ts), which fails loudly without it.
// 2. TRACE. Next builds a WHATWG Request for route handlers and the proxy, and that constructor throws on TRACE
//    (a forbidden method), so Next answers 500. Such requests are answered 405 here and never reach Next.
//
// 3. Answers kept by the response cache (lib/http/response-cache.ts) go out from here, before Next's work.
// 4. The public catalog's pages go out as documents, without Next's client runtime (lib/http/document-response.ts).
//
// 'http.server.request.start' is Node's documented diagnostics channel, published for every request before the
// server emits 'request'.

export const CLIENT_ADDRESS_HEADER = 'x-tripline-client-address';

/** Methods a WHATWG Request cannot carry; CONNECT never reaches a 'request' listener. */
const UNSUPPORTED_METHODS = new Set(['TRACE', 'TRACK']);
/** What every public resource here answers to; the few that take POST are not for browsers to discover. */
const ALLOW = 'GET, HEAD';

interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  server: Server;
}

let installed = false;

interface HookOptions {
  /** false (TRIPLINE_RESPONSE_CACHE=off) leaves every request to Next, for comparison. */
  responseCache?: boolean;
  /** false (TRIPLINE_DOCUMENTS=off, and under `next dev`) sends public pages with Next's runtime, for comparison. */
  documents?: boolean;
}

export function installNodeRequestHook(
  trustedHops: number,
  { responseCache = true, documents = true }: HookOptions = {},
): void {
  if (installed) return;
  installed = true;
  const cache = responseCache ? createResponseCache() : null;
  // Published for every connection a net.Server (http.Server included) accepts, before any of its bytes are read.
  subscribe('net.server.socket', (message) => {
    // Reading it is what keeps it: Node caches the peer the first time it is asked.
    void (message as { socket: Socket }).socket.remoteAddress;
  });
  subscribe('http.server.request.start', (message) => {
    const { request, server } = message as RequestStart;
    const address = clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], trustedHops);
    if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
    else delete request.headers[CLIENT_ADDRESS_HEADER];
    guardServer(server, cache, documents);
  });
}

const guarded = new WeakSet<Server>();

// The channel cannot stop a request, so the server's own 'request' emit is wrapped, once per server, before its
// first request is emitted.
function guardServer(server: Server, cache: ResponseCache | null, documents: boolean): void {
  if (guarded.has(server)) return;
  guarded.add(server);
  const emit = server.emit.bind(server) as (event: string | symbol, ...args: unknown[]) => boolean;
  server.emit = ((event: string | symbol, ...args: unknown[]) => {
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (event === 'request' && UNSUPPORTED_METHODS.has(request.method ?? '')) {
      response.writeHead(405, { allow: ALLOW, 'content-type': 'text/plain; charset=utf-8' });
      response.end(`${request.method} is not allowed here.\n`);
      return true;
    }
    if (event === 'request' && request.headers[CLIENT_ADDRESS_HEADER] === undefined) {
      response.writeHead(400, { connection: 'close', 'content-type': 'text/plain; charset=utf-8' });
      response.end('The network address this request came from cannot be read, so it is not served.\n');
      return true;
    }
    if (event === 'request' && cache?.serve(request, response)) return true;
    if (event === 'request' && documents && isDocumentRequest(request)) serveAsDocument(request, response);
    return emit(event, ...args);
  }) as typeof server.emit;
}

// Exactly when Next answers HTML: a GET or HEAD without `RSC: 1` (React's client navigation, answered with the
// payload). Its other headers (Next-Router-State-Tree, Next-Action, ...) do not change a GET's HTML, so they must
// not change whether it goes out as a document either: else anyone could have a shared cache keep the page with
// its runtime and the looser policy, for every reader.
function isDocumentRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.headers.rsc === '1') return false;
  const path = (request.url ?? '').split('?', 1)[0] ?? '';
  try {
    return isDocumentPath(decodeURIComponent(path));
  } catch {
    return false;
  }
}
