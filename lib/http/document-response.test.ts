import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HELD_BYTES, serveAsDocument } from './document-response';

// A real HTTP server whose handler writes the way Next does (headers set, writeHead, flushHeaders, the body in
// chunks); serveAsDocument stands between it and the socket, as node-request-hook.ts puts it.
const PAGE = `<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async=""></script><script src="/document/abc123.js" defer=""></script></head><body><p>${'words '.repeat(400)}</p><script>self.__next_f.push([1,"x"])</script></body></html>`;
const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; script-src-attr 'none'";

let server: Server;
let base: string;
const seen: Array<string | undefined> = [];

function nextLike(req: IncomingMessage, res: ServerResponse) {
  seen.push(req.headers['accept-encoding'] as string | undefined);
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/huge') {
    // Past what is held: written in 64 KB pieces, with the runtime's script at the very end.
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', POLICY);
    const piece = 'x'.repeat(64 * 1024);
    for (let i = 0; i * piece.length <= MAX_HELD_BYTES; i++) res.write(piece);
    res.end('<script>self.__next_f.push([1,"x"])</script>');
    return;
  }
  if (url.pathname === '/json') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ words: 'x'.repeat(3000) }));
    return;
  }
  const html = url.pathname === '/streamed' ? `${PAGE}<div hidden id="S:0"><p>late</p></div>` : PAGE;
  res.setHeader('content-security-policy', POLICY);
  res.setHeader('vary', 'rsc, next-router-state-tree');
  res.writeHead(url.pathname === '/missing' ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.flushHeaders();
  const half = Math.floor(html.length / 2);
  res.write(html.slice(0, half), () => res.end(Buffer.from(html.slice(half))));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    serveAsDocument(req, res);
    nextLike(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveAsDocument', () => {
  it("sends the page without Next's runtime, compressed as the client asked, under a policy with no inline script", async () => {
    seen.length = 0;
    const res = await get('/page', { 'accept-encoding': 'gzip, deflate, br' });
    expect(seen).toEqual([undefined]);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; script-src-attr 'none'",
    );
    const html = brotliDecompressSync(res.body).toString('utf8');
    expect(Number(res.headers['content-length'])).toBe(res.body.byteLength);
    expect(html).not.toContain('/_next/static/chunks/a.js');
    expect(html).not.toContain('__next_f');
    expect(html).toContain('<script src="/document/abc123.js" defer=""></script>');
    expect(html).toContain(`<p>${'words '.repeat(400)}</p>`);
  });

  it('gzips for a client without brotli, sends plain text to one that takes neither, and keeps the status', async () => {
    const gz = await get('/missing', { 'accept-encoding': 'gzip' });
    expect(gz.status).toBe(404);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).not.toContain('__next_f');
    const plain = await get('/page');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toMatch(/^<!DOCTYPE html>.*<\/html>$/s);
  });

  it('leaves a page that needs the runtime whole, under its own policy', async () => {
    const res = await get('/streamed');
    expect(res.body.toString('utf8')).toBe(`${PAGE}<div hidden id="S:0"><p>late</p></div>`);
    expect(res.headers['content-security-policy']).toBe(POLICY);
  });

  it('passes what is not HTML as it was written, compressed', async () => {
    const res = await get('/json', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-type']).toBe('application/json');
    expect(JSON.parse(gunzipSync(res.body).toString('utf8'))).toEqual({ words: 'x'.repeat(3000) });
  });

  it("answers HEAD with exactly GET's headers and no body", async () => {
    const got = await get('/page', { 'accept-encoding': 'gzip' });
    const head = await get('/page', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    const { date: _d1, ...headHeaders } = head.headers;
    const { date: _d2, ...getHeaders } = got.headers;
    expect(headHeaders).toEqual(getHeaders);
    expect(head.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('sends a page too large to hold as Next writes it, whole and under its own policy', async () => {
    const res = await get('/huge', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBe(POLICY);
    expect(res.body.byteLength).toBeGreaterThan(MAX_HELD_BYTES);
    expect(res.body.toString('utf8').endsWith('<script>self.__next_f.push([1,"x"])</script>')).toBe(true);
  });
});
