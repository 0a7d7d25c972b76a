import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import {
  bumpContentGeneration,
  contentChanged,
  contentGeneration,
  PROXY_REFRESH_PATH,
  proxyUrls,
  tellProxies,
} from './generation';

/** A stand-in for nginx's refresh location: records the paths asked for and answers `status`. */
async function proxy(status: number): Promise<{ url: string; asked: string[]; server: Server }> {
  const asked: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    asked.push(req.url ?? '');
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, asked, server };
}

describe('the content generation', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('is "0" until content first changes, then a new token at every change, even in the same millisecond', async () => {
    expect(await contentGeneration(t.db)).toBe('0');
    const first = await bumpContentGeneration(t.db, 1_000);
    expect(await contentGeneration(t.db)).toBe(first);
    const second = await bumpContentGeneration(t.db, 1_000);
    expect(second).not.toBe(first);
    expect(await contentGeneration(t.db)).toBe(second);
  });

  it('changes and tells every proxy twice, the second time after a late refresh could have landed', async () => {
    const a = await proxy(200);
    const b = await proxy(200);
    try {
      const before = await contentGeneration(t.db);
      await contentChanged(t.db, { TRIPLINE_PROXY_URLS: `${a.url}, ${b.url}` }, 20);
      expect(await contentGeneration(t.db)).not.toBe(before);
      expect(a.asked).toEqual([PROXY_REFRESH_PATH, PROXY_REFRESH_PATH]);
      expect(b.asked).toEqual([PROXY_REFRESH_PATH, PROXY_REFRESH_PATH]);
    } finally {
      a.server.close();
      b.server.close();
    }
  });

  it('changes without any proxy configured', async () => {
    const before = await contentGeneration(t.db);
    await contentChanged(t.db, {});
    expect(await contentGeneration(t.db)).not.toBe(before);
  });
});

describe('telling proxies', () => {
  it('reads TRIPLINE_PROXY_URLS, separated by commas or spaces', () => {
    expect(proxyUrls({ TRIPLINE_PROXY_URLS: 'http://10.0.0.5, http://10.0.0.6 http://10.0.0.7,' })).toEqual([
      'http://10.0.0.5',
      'http://10.0.0.6',
      'http://10.0.0.7',
    ]);
    expect(proxyUrls({})).toEqual([]);
  });

  it('names each proxy that refused or could not be reached', async () => {
    const refusing = await proxy(403);
    const gone = await proxy(200);
    gone.server.close();
    try {
      const problems = await tellProxies({ TRIPLINE_PROXY_URLS: `${refusing.url} ${gone.url}` });
      expect(problems).toHaveLength(2);
      expect(problems[0]).toBe(
        `the proxy at ${refusing.url}${PROXY_REFRESH_PATH} answered 403 to the new content generation`,
      );
      expect(problems[1]).toContain(`the proxy at ${gone.url}${PROXY_REFRESH_PATH} could not be told`);
    } finally {
      refusing.server.close();
    }
  });
});
