import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, installNodeRequestHook } from './node-request-hook';

// A plain Node server stands in for Next's: the hook works on any http.Server, before its 'request' listeners.
let server: Server;
let port: number;
/** The client address of every request the server itself was handed, in order. */
const handed: unknown[] = [];

beforeAll(async () => {
  installNodeRequestHook(0);
  server = createServer((req, res) => {
    handed.push(req.headers[CLIENT_ADDRESS_HEADER]);
    if (req.url?.startsWith('/detections/')) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<html><body><p>${req.url}</p><script>self.__next_f.push([1,"x"])</script></body></html>`);
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ client: req.headers[CLIENT_ADDRESS_HEADER], method: req.method }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function send(method: string, headers: Record<string, string>, localAddress = '127.0.0.1') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: '/x', headers, localAddress }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('installNodeRequestHook', () => {
  it('writes the socket peer as the client address, over whatever the client claimed', async () => {
    const res = await send(
      'GET',
      { 'x-forwarded-for': '198.51.100.1', [CLIENT_ADDRESS_HEADER]: '198.51.100.2' },
      '127.0.0.42',
    );
    expect(JSON.parse(res.body)).toEqual({ client: '127.0.0.42', method: 'GET' });
  });

  it('answers TRACE with 405 and Allow before the server sees it', async () => {
    const res = await send('TRACE', {});
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.body).toBe('TRACE is not allowed here.\n');
    expect((await send('GET', {})).status).toBe(200);
  });

  it('keeps the address of a client that resets the connection right after sending its request', async () => {
    handed.length = 0;
    // Node reads a socket's peer only when asked; once the client has reset, the kernel no longer knows it.
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.43' }, () => {
          socket.write('GET /x HTTP/1.1\r\nHost: x\r\n\r\n');
          socket.resetAndDestroy();
          resolve();
        });
        socket.on('error', () => undefined);
      });
    }
    await expect.poll(() => handed.length).toBe(20);
    expect(new Set(handed)).toEqual(new Set(['127.0.0.43']));
  });

  it('answers 400 itself to a request whose socket has no address, never handing it on without one', async () => {
    // A Unix socket has no peer address: the stand-in for a peer Node cannot read.
    const dir = mkdtempSync(join(tmpdir(), 'tripline-hook-'));
    const path = join(dir, 'server.sock');
    let reached = false;
    const local = createServer((_req, res) => {
      reached = true;
      res.end('served');
    });
    await new Promise<void>((resolve) => local.listen(path, resolve));
    try {
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ socketPath: path, path: '/search', headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.7' } });
        req.on('response', (r) => {
          let body = '';
          r.on('data', (c) => {
            body += c;
          });
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(res).toEqual({
        status: 400,
        body: 'The network address this request came from cannot be read, so it is not served.\n',
      });
      expect(reached).toBe(false);
    } finally {
      await new Promise((resolve) => local.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('public pages', () => {
  function page(path: string, headers: Record<string, string> = {}) {
    return new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it("go out as documents, without Next's runtime; React's own requests for them are left alone", async () => {
    expect(await page('/detections/seed')).toBe('<html><body><p>/detections/seed</p></body></html>');
    expect(await page('/detections/seed', { rsc: '1' })).toContain('__next_f');
    // Headers that do not make Next answer otherwise do not keep the runtime either (a shared cache would keep it).
    for (const header of ['next-action', 'next-router-state-tree', 'next-router-prefetch'])
      expect(await page('/detections/seed', { [header]: 'x' }), header).not.toContain('__next_f');
    expect(await page('/detections/a/b/c')).toContain('__next_f');
  });
});
