// Accounts: made by admins (the user:add command, /admin/users), never by signing up.
import type { Db } from '../db/client';
import { type AuditEntry, audit } from './audit';
import { getAuth } from './better-auth';
import { judgePassword } from './password-policy';
import { isRole, type Role } from './roles';

export class AccountError extends Error {
  override name = 'AccountError';
  constructor(
    readonly code: 'INVALID_EMAIL' | 'WEAK_PASSWORD' | 'EMAIL_TAKEN' | 'UNKNOWN_ROLE' | 'NO_SUCH_USER' | 'LAST_ADMIN',
    message: string,
  ) {
    super(message);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewUser {
  email: string;
  name?: string;
  role: string;
  password: string;
}

/** Makes an account with an email-and-password sign-in, after judging the password; returns the user's id. */
export async function addUser(db: Db, input: NewUser, by: AuditEntry['actor'] = null): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new AccountError('INVALID_EMAIL', `"${input.email}" is not an email address`);
  if (!isRole(input.role))
    throw new AccountError('UNKNOWN_ROLE', `"${input.role}" is not a role (editor, reviewer, admin)`);
  const name = input.name?.trim() || email.split('@')[0] || email;
  const verdict = judgePassword(input.password, { email, name });
  if (!verdict.ok) throw new AccountError('WEAK_PASSWORD', verdict.reason);
  if (await db.user.findUnique({ where: { email } }))
    throw new AccountError('EMAIL_TAKEN', `${email} already has an account`);

  const ctx = await (await getAuth(db)).$context;
  const hash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    { email, name, role: input.role, emailVerified: true },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: hash,
  });
  await audit(db, { action: 'user-created', actor: by, target: email, detail: { role: input.role } });
  return user.id;
}

export async function setRole(db: Db, userId: string, role: Role, by: AuditEntry['actor']): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AccountError('NO_SUCH_USER', 'no such account');
  if (user.role === 'admin' && role !== 'admin') await keepOneAdmin(db, userId);
  await db.user.update({ where: { id: userId }, data: { role } });
  await audit(db, { action: 'role-changed', actor: by, target: user.email, detail: { from: user.role, to: role } });
}

/** A disabled account cannot sign in, and its sessions and tokens stop working at once. */
export async function setDisabled(db: Db, userId: string, disabled: boolean, by: AuditEntry['actor']): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AccountError('NO_SUCH_USER', 'no such account');
  if (disabled && user.role === 'admin') await keepOneAdmin(db, userId);
  await db.user.update({ where: { id: userId }, data: { disabled } });
  if (disabled) await db.session.deleteMany({ where: { userId } });
  await audit(db, { action: disabled ? 'user-disabled' : 'user-enabled', actor: by, target: user.email });
}

async function keepOneAdmin(db: Db, leaving: string): Promise<void> {
  const others = await db.user.count({ where: { role: 'admin', disabled: false, id: { not: leaving } } });
  if (others === 0) throw new AccountError('LAST_ADMIN', 'this is the last active admin: make another admin first');
}

export async function listUsers(db: Db) {
  return db.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true },
  });
}
