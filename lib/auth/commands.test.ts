import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { type CommandIo, runTokenCreate, runUserAdd } from './commands';
import { actorForToken } from './tokens';

function io(env: Record<string, string> = {}, typed = '') {
  const out: string[] = [];
  const err: string[] = [];
  const commandIo: CommandIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    askPassword: async () => typed,
  };
  return { commandIo, out, err };
}

describe('user:add and token:create', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('adds a user with the password from TRIPLINE_PASSWORD, or asks for it, and refuses a weak one with the reason', async () => {
    const a = io({ TRIPLINE_PASSWORD: 'violet ferry 31 lantern grammar' });
    expect(await runUserAdd(t.db, ['--email', 'rev@example.com', '--role', 'reviewer'], a.commandIo)).toBe(0);
    expect(a.out).toEqual(['added rev@example.com as reviewer']);
    const b = io({}, 'correct horse battery staple 77');
    expect(await runUserAdd(t.db, ['--email', 'ed@example.com', '--role', 'editor'], b.commandIo)).toBe(0);
    const weak = io({ TRIPLINE_PASSWORD: 'Password123!' });
    expect(await runUserAdd(t.db, ['--email', 'x@example.com', '--role', 'editor'], weak.commandIo)).toBe(1);
    expect(weak.err[0]).toMatch(/^user:add: refused: the password is too easy to guess/);
    const usage = io();
    expect(await runUserAdd(t.db, ['--email', 'x@example.com'], usage.commandIo)).toBe(2);
  });

  it('prints a working token as the last line', async () => {
    const a = io();
    expect(await runTokenCreate(t.db, ['--email', 'rev@example.com', '--name', 'ci'], a.commandIo)).toBe(0);
    const token = a.out.at(-1) ?? '';
    expect(await actorForToken(t.db, token)).toMatchObject({ email: 'rev@example.com', role: 'reviewer' });
    const missing = io();
    expect(await runTokenCreate(t.db, ['--email', 'nobody@example.com'], missing.commandIo)).toBe(1);
  });
});
