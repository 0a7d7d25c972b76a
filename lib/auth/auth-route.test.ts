import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { CLIENT_ADDRESS_HEADER } from '../http/node-request-hook';
import { RATE_LIMITS } from '../rate-limit/limits';
import { handleAuthRequest } from './auth-route';
import { addUser, setDisabled } from './users';

const PASSWORD = 'violet ferry 31 lantern grammar';

function signIn(email: string, password: string, ip: string): Request {
  return new Request('http://localhost:3000/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', [CLIENT_ADDRESS_HEADER]: ip },
    body: JSON.stringify({ email, password }),
  });
}

describe.each(PROVIDERS)('the sign-in throttle on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await addUser(t.db, { email: 'dee@example.com', role: 'editor', password: PASSWORD });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('lets no more guesses from one address reach the password check than the limit, however many arrive at once', async () => {
    const limit = RATE_LIMITS.signInFailuresPerAccountAddress.hits;
    const answers = await Promise.all(
      Array.from({ length: limit * 3 }, (_, i) =>
        handleAuthRequest(t.db, signIn('dee@example.com', `wrong guess number ${i}`, '192.0.2.66')),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(limit);
    expect(statuses.filter((s) => s === 429)).toHaveLength(limit * 2);
    // Refusals cost no password check, so they come as fast as anyone sends them: one line of the audit log says so.
    const refusals = await t.db.auditEvent.findMany({ where: { action: 'sign-in-failed', target: 'dee@example.com' } });
    const throttled = refusals.filter((e) => JSON.stringify(e.detail).includes('throttled'));
    expect(throttled.map((e) => [e.ip, e.detail])).toEqual([
      ['192.0.2.66', { reason: 'throttled', limit: 'account-address' }],
    ]);
    // The right password is refused too from that address, with the reason in words.
    const refused = await handleAuthRequest(t.db, signIn('dee@example.com', PASSWORD, '192.0.2.66'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { message: string }).message).toMatch(
      /^Too many failed sign-ins to this account from your network address\. Try again in \d+ minutes?/,
    );
    // The owner, elsewhere, is not locked out by someone else's guesses.
    expect((await handleAuthRequest(t.db, signIn('dee@example.com', PASSWORD, '198.51.100.7'))).status).toBe(200);
  });

  it('refuses to count a sign-in that no hook gave an address, before its password is checked', async () => {
    const bare = signIn('dee@example.com', PASSWORD, '');
    bare.headers.delete(CLIENT_ADDRESS_HEADER);
    const events = await t.db.auditEvent.count();
    const windows = await t.db.rateLimitWindow.count();
    await expect(handleAuthRequest(t.db, bare)).rejects.toThrow(/lib\/http\/node-request-hook\.ts is not installed/);
    expect(await t.db.auditEvent.count()).toBe(events);
    expect(await t.db.rateLimitWindow.count()).toBe(windows);
  });

  it('takes a sign-in only as JSON naming an account: a form-encoded one would skip the per-account limits', async () => {
    const windows = await t.db.rateLimitWindow.count();
    const form = new Request('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', [CLIENT_ADDRESS_HEADER]: '192.0.2.90' },
      body: new URLSearchParams({ email: 'dee@example.com', password: PASSWORD }),
    });
    const refused = await handleAuthRequest(t.db, form);
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { message: string }).message).toMatch(/JSON body/);
    for (const body of ['{"password":"x"}', '{"email":"  ","password":"x"}', 'not json', '[]']) {
      const request = signIn('', '', '192.0.2.90');
      const bad = await handleAuthRequest(t.db, new Request(request, { body }));
      expect(bad.status, body).toBe(400);
    }
    // None of them reached the password check, so none was counted.
    expect(await t.db.rateLimitWindow.count()).toBe(windows);
  });

  it('does not count a successful sign-in against the account or the address', async () => {
    await addUser(t.db, { email: 'eli@example.com', role: 'editor', password: PASSWORD });
    const limit = RATE_LIMITS.signInFailuresPerAccountAddress.hits;
    for (let i = 0; i < limit - 1; i++) {
      expect((await handleAuthRequest(t.db, signIn('eli@example.com', 'not the password', '203.0.113.9'))).status).toBe(
        401,
      );
    }
    for (let i = 0; i < 3; i++) {
      expect((await handleAuthRequest(t.db, signIn('eli@example.com', PASSWORD, '203.0.113.9'))).status).toBe(200);
    }
    // One failure left before the limit, as before the successes.
    expect((await handleAuthRequest(t.db, signIn('eli@example.com', 'still wrong', '203.0.113.9'))).status).toBe(401);
    expect((await handleAuthRequest(t.db, signIn('eli@example.com', PASSWORD, '203.0.113.9'))).status).toBe(429);
  });
});

describe.each(PROVIDERS)('a disabled account on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const id = await addUser(t.db, { email: 'gus@example.com', role: 'editor', password: PASSWORD });
    await setDisabled(t.db, id, true, null);
  });
  afterAll(async () => {
    await t?.drop();
  });

  /** Everything a client sees of an answer. */
  const seen = async (r: Response) => ({
    status: r.status,
    body: await r.text(),
    headers: [...r.headers].filter(([name]) => name !== 'date'),
  });

  it('answers its right password exactly as a wrong one, and the audit log says which it was', async () => {
    const wrong = await seen(
      await handleAuthRequest(t.db, signIn('gus@example.com', 'not the password at all', '192.0.2.31')),
    );
    const right = await seen(await handleAuthRequest(t.db, signIn('gus@example.com', PASSWORD, '192.0.2.32')));
    expect(wrong.status).toBe(401);
    expect(right).toEqual(wrong);
    expect(await t.db.session.count()).toBe(0);
    const failed = await t.db.auditEvent.findMany({
      where: { action: 'sign-in-failed', target: 'gus@example.com' },
      orderBy: { at: 'asc' },
    });
    expect(failed.map((e) => [e.ip, e.detail])).toEqual([
      ['192.0.2.31', { status: 401 }],
      ['192.0.2.32', { status: 401, reason: 'account-disabled' }],
    ]);
  });

  it('takes as long with the right password as with a wrong one: both check it', async () => {
    // The password check (scrypt) dominates both; a refusal of the disabled account before it would take a small
    // fraction of a wrong password's time. Loose bounds: the machine is shared. Each attempt from its own address,
    // so the throttle refuses none.
    const time = async (password: string, i: number) => {
      const start = performance.now();
      const r = await handleAuthRequest(t.db, signIn('gus@example.com', password, `198.51.100.${i}`));
      expect(r.status).toBe(401);
      return performance.now() - start;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const wrong: number[] = [];
    const right: number[] = [];
    for (let i = 0; i < 5; i++) {
      wrong.push(await time('not the password at all', 2 * i + 1));
      right.push(await time(PASSWORD, 2 * i + 2));
    }
    expect(median(right)).toBeGreaterThan(median(wrong) / 3);
    expect(median(right)).toBeLessThan(median(wrong) * 3);
  });
});

describe('the endpoints of better-auth that are served', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    await addUser(t.db, { email: 'fay@example.com', role: 'editor', password: PASSWORD });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('are only sign-in and the session: no password change that skips the throttle and the policy', async () => {
    const signedIn = await handleAuthRequest(t.db, signIn('fay@example.com', PASSWORD, '192.0.2.50'));
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const call = (path: string, body?: unknown) =>
      handleAuthRequest(
        t.db,
        new Request(`http://localhost:3000/api/auth/${path}`, {
          method: body ? 'POST' : 'GET',
          headers: { cookie, origin: 'http://localhost:3000', 'content-type': 'application/json' },
          body: body ? JSON.stringify(body) : undefined,
        }),
      );
    expect((await call('get-session')).status).toBe(200);
    // A password from the breach lists, which `user:add` and /admin/users refuse.
    const change = await call('change-password', { currentPassword: PASSWORD, newPassword: 'password1234' });
    expect(change.status).toBe(404);
    expect((await call('update-user', { name: 'Renamed outside the audit log' })).status).toBe(404);
    expect((await call('list-sessions')).status).toBe(404);
    expect((await call('sign-out', {})).status).toBe(404);
    expect((await handleAuthRequest(t.db, signIn('fay@example.com', PASSWORD, '192.0.2.50'))).status).toBe(200);
  });
});
