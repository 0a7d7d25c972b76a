import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, installNodeRequestHook } from './node-request-hook';

// A plain Node server stands in for Next's: the hook works on any http.Server, before its 'request' listeners.
let server: Server;
let port: number;

beforeAll(async () => {
  installNodeRequestHook(0);
  server = createServer((req, res) => {
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
});
