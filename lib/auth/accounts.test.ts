import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../db/testing';
import { getAuth } from './better-auth';
import { actorForToken, createToken, listTokens, revokeToken } from './tokens';
import { AccountError, addUser, setDisabled, setRole } from './users';

const PASSWORD = 'violet ferry 31 lantern grammar';

describe.each(PROVIDERS)('accounts and tokens on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('adds an account whose password is stored as a scrypt hash, and refuses weak or taken ones', async () => {
    const id = await addUser(t.db, { email: 'Ana@Example.com', role: 'admin', password: PASSWORD });
    const account = await t.db.account.findFirstOrThrow({ where: { userId: id } });
    expect(account.providerId).toBe('credential');
    expect(account.password).not.toContain(PASSWORD);
    const ctx = await (await getAuth(t.db)).$context;
    expect(await ctx.password.verify({ hash: account.password ?? '', password: PASSWORD })).toBe(true);
    await expect(addUser(t.db, { email: 'ana@example.com', role: 'editor', password: PASSWORD })).rejects.toThrow(
      new AccountError('EMAIL_TAKEN', 'ana@example.com already has an account'),
    );
    await expect(addUser(t.db, { email: 'bo@example.com', role: 'editor', password: 'password1234' })).rejects.toThrow(
      /breach lists/,
    );
    await expect(addUser(t.db, { email: 'bo@example.com', role: 'owner', password: PASSWORD })).rejects.toThrow(
      /not a role/,
    );
  });

  it('keeps one active admin', async () => {
    const ana = await t.db.user.findUniqueOrThrow({ where: { email: 'ana@example.com' } });
    await expect(setRole(t.db, ana.id, 'editor', null)).rejects.toThrow(/last active admin/);
    await expect(setDisabled(t.db, ana.id, true, null)).rejects.toThrow(/last active admin/);
  });

  it('makes a token that acts as its owner until revoked or the owner is disabled; stores only its hash', async () => {
    const id = await addUser(t.db, { email: 'cy@example.com', role: 'reviewer', password: PASSWORD });
    const { id: tokenId, token } = await createToken(t.db, id, 'CI pipeline');
    expect(token).toMatch(/^tl_[A-Za-z0-9_-]{43}$/);
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(row.hash).not.toContain(token);
    expect(await actorForToken(t.db, token)).toMatchObject({ email: 'cy@example.com', role: 'reviewer', via: 'token' });
    expect(await actorForToken(t.db, `${token.slice(0, -1)}x`)).toBeNull();
    expect(await actorForToken(t.db, 'Bearer nonsense')).toBeNull();

    await setDisabled(t.db, id, true, null);
    expect(await actorForToken(t.db, token)).toBeNull();
    await setDisabled(t.db, id, false, null);
    expect(await revokeToken(t.db, id, tokenId)).toBe(true);
    expect(await actorForToken(t.db, token)).toBeNull();
    expect((await listTokens(t.db, id))[0]).toMatchObject({ name: 'CI pipeline', prefix: token.slice(0, 10) });
    const actions = (await t.db.auditEvent.findMany({ where: { actorId: id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['token-created', 'token-used', 'token-revoked']));
  });
});
