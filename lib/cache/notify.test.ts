import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { notifyContentChanged, portalsToNotify } from './notify';
import { ownUrl, recordedPortals, recordPortal } from './portals';

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('which portals an import tells', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('is the one a portal recorded when it started, whatever PORT it was given', async () => {
    expect(await portalsToNotify(t.db, {})).toEqual(['http://localhost:3000']);
    await recordPortal(t.db, 'http://127.0.0.1:3457', new Date(1000));
    await recordPortal(t.db, 'http://localhost:3999', new Date(2000));
    expect(await portalsToNotify(t.db, {})).toEqual(['http://localhost:3999', 'http://127.0.0.1:3457']);
    expect(await portalsToNotify(t.db, { PORT: '3999' })).toEqual(['http://localhost:3999', 'http://127.0.0.1:3457']);
    expect(await portalsToNotify(t.db, { PORT: '4000' })).toContain('http://localhost:4000');
    expect(await portalsToNotify(t.db, { TRIPLINE_URL: 'https://tripline.example', PORT: '1' })).toEqual([
      'https://tripline.example',
    ]);
  });

  it('forgets a recorded portal that no longer listens', async () => {
    const gone = `http://127.0.0.1:${await closedPort()}`;
    await t.db.portalInstance.deleteMany({});
    await recordPortal(t.db, gone);
    expect(await notifyContentChanged(t.db, {})).toBe(
      `no portal running at ${gone}: pages will be fresh when it starts`,
    );
    expect(await recordedPortals(t.db)).toEqual([]);
  });

  it('clears the shared cache even when no portal runs', async () => {
    await t.db.cacheEntry.create({
      data: { key: 'search?q=x', value: '{}', expiresAt: new Date(Date.now() + 60_000) },
    });
    await notifyContentChanged(t.db, { TRIPLINE_URL: `http://127.0.0.1:${await closedPort()}` });
    expect(await t.db.cacheEntry.count()).toBe(0);
  });
});

describe('ownUrl', () => {
  it('is the address the server printed, else localhost with its PORT', () => {
    expect(ownUrl({ __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:3301', PORT: '3301' })).toBe('http://127.0.0.1:3301');
    expect(ownUrl({ PORT: '3005' })).toBe('http://localhost:3005');
    expect(ownUrl({})).toBeNull();
  });
});
