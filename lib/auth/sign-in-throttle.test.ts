import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { RATE_LIMITS } from '../rate-limit/limits';
import { signInSucceeded, startSignInAttempt } from './sign-in-throttle';

const PAIR = RATE_LIMITS.signInFailuresPerAccountAddress.hits;
const ADDRESS = RATE_LIMITS.signInFailuresPerAddress.hits;
const CEILING = RATE_LIMITS.signInFailuresPerAccount.hits;
// One instant in one window, however long a test takes; each test its own accounts and addresses.
const NOW = Date.UTC(2026, 11, 2, 12, 0, 1);

describe.each(PROVIDERS)('startSignInAttempt on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });
  /** What each attempt came to: 'go' for on to the password check (which fails: none succeeds), else the limit. */
  const attempt = async (email: string, ip: string) => {
    const refusal = await startSignInAttempt(t.db, email, ip, NOW);
    return refusal ? refusal.limit : 'go';
  };
  const attempts = async (n: number, email: string, ip: string) => {
    const seen = [];
    for (let i = 0; i < n; i++) seen.push(await attempt(email, ip));
    return seen;
  };

  it('refuses a guesser at one address after five failures, and still lets the owner in from another', async () => {
    const seen = await attempts(30, 'owner@example.com', '192.0.2.66');
    expect(seen.filter((s) => s === 'go')).toHaveLength(PAIR);
    expect(seen.slice(PAIR)).toEqual(Array(30 - PAIR).fill('account-address'));
    expect(await attempt('owner@example.com', '198.51.100.1')).toBe('go');
    expect(await attempt('owner@example.com', '2001:db8:1:2::/64')).toBe('go');
  });

  it('keeps the per-address limit across accounts: one password sprayed over many', async () => {
    const seen = [];
    for (let i = 0; i < ADDRESS + 3; i++) seen.push(await attempt(`sprayed${i}@example.com`, '192.0.2.77'));
    expect(seen.filter((s) => s === 'go')).toHaveLength(ADDRESS);
    expect(seen.slice(ADDRESS)).toEqual(['address', 'address', 'address']);
    // The refusals spent nothing of those accounts' counts from elsewhere.
    expect(await attempt('sprayed0@example.com', '192.0.2.78')).toBe('go');
  });

  it("past the account's ceiling, an address gets one attempt, so the owner at a fresh one still gets in", async () => {
    const email = 'ceiling@example.com';
    const spent = CEILING / PAIR;
    for (let a = 0; a < spent; a++) expect(await attempts(PAIR, email, `203.0.113.${a}`)).not.toContain('account');
    // The ceiling is reached: each new address has one attempt, and a second is refused.
    expect(await attempts(3, email, '203.0.113.100')).toEqual(['go', 'account', 'account']);
    expect(await attempts(2, email, '203.0.113.101')).toEqual(['go', 'account']);
    // The owner, at an address with no failure in this window, goes on to the password check.
    expect(await attempt(email, '198.51.100.200')).toBe('go');
    // The refusals took nothing from those addresses' allowance for other accounts.
    expect(await attempts(ADDRESS - 3, 'other@example.com', '203.0.113.100')).not.toContain('address');
  });

  it('past the ceiling, gives one IPv6 /48 one attempt, however many /64s it holds', async () => {
    const email = 'wide@example.com';
    for (let a = 0; a < CEILING / PAIR; a++) await attempts(PAIR, email, `203.0.113.${20 + a}`);
    // Four /64s of one /48: the first goes on, the others are refused, though each is a fresh address.
    const sixtyFours = ['2001:db8:aa:1::/64', '2001:db8:aa:2::/64', '2001:db8:aa:ffff::/64', '2001:db8:aa:3::/64'];
    const results = [];
    for (const ip of sixtyFours) results.push(await attempt(email, ip));
    expect(results).toEqual(['go', 'account', 'account', 'account']);
    // Another /48, and an IPv4 address, each get theirs.
    expect(await attempt(email, '2001:db8:bb:1::/64')).toBe('go');
    expect(await attempt(email, '198.51.100.77')).toBe('go');
  });

  it('lets through no more attempts from one address than the limit, however many arrive at once', async () => {
    const burst = (email: string, ip: string) =>
      Promise.all(Array.from({ length: 20 }, () => startSignInAttempt(t.db, email, ip, NOW)));
    expect((await burst('burst@example.com', '192.0.2.90')).filter((r) => r === null)).toHaveLength(PAIR);
    // Past the ceiling, exactly one of a burst from one fresh address goes on.
    const email = 'burst-ceiling@example.com';
    for (let a = 0; a < CEILING / PAIR; a++) await attempts(PAIR, email, `192.0.2.${100 + a}`);
    expect((await burst(email, '192.0.2.150')).filter((r) => r === null)).toHaveLength(1);
  });

  it('takes a success back from every count, so the owner who remembers is not refused later', async () => {
    const email = 'remembers@example.com';
    expect(await attempts(PAIR - 1, email, '192.0.2.200')).not.toContain('account-address');
    await startSignInAttempt(t.db, email, '192.0.2.200', NOW);
    await signInSucceeded(t.db, email, '192.0.2.200', NOW);
    expect(await attempts(2, email, '192.0.2.200')).toEqual(['go', 'account-address']);
  });

  it('audits the first refusal of each limit and client in a window, not every one', async () => {
    const refusals = [];
    for (let i = 0; i < PAIR + 3; i++)
      refusals.push(await startSignInAttempt(t.db, 'audited@example.com', '192.0.2.9', NOW));
    expect(refusals.slice(PAIR).map((r) => r?.audit)).toEqual([true, false, false]);
    for (let i = 0; i < PAIR + 1; i++)
      refusals.push(await startSignInAttempt(t.db, 'audited@example.com', '192.0.2.10', NOW));
    expect(refusals.at(-1)).toMatchObject({ limit: 'account-address', audit: true });
  });
});
