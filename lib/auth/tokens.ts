// Personal API tokens: `tl_` and 32 random bytes, shown once; only their SHA-256 is stored, so a database leak
// gives no usable token. A token acts as its owner, with the owner's role, until revoked or the owner is disabled.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { audit } from './audit';
import { type Actor, isRole } from './roles';

const PREFIX = 'tl_';
const TOKEN = /^tl_[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export const MAX_TOKEN_NAME = 80;

/** A token's name as typed in /account/tokens: what it is for, so its owner can tell it from others later. */
export function checkTokenName(raw: unknown): { ok: true; name: string } | { ok: false; message: string } {
  const name = typeof raw === 'string' ? raw.trim() : '';
  if (!name) return { ok: false, message: 'Name the token after what will use it, for example "CI pipeline".' };
  if (name.length > MAX_TOKEN_NAME)
    return { ok: false, message: `The name is longer than ${MAX_TOKEN_NAME} characters.` };
  return { ok: true, name };
}

export async function createToken(db: Db, userId: string, name: string): Promise<{ id: string; token: string }> {
  const clean = name.trim().slice(0, MAX_TOKEN_NAME) || 'token';
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await db.apiToken.create({
    data: { userId, name: clean, prefix: token.slice(0, 10), hash: hashOf(token) },
    include: { user: { select: { email: true } } },
  });
  await audit(db, { action: 'token-created', actor: { userId, email: row.user.email }, target: clean });
  return { id: row.id, token };
}

/** The actor a bearer token stands for, or null (unknown, revoked, malformed, or its owner disabled). */
export async function actorForToken(db: Db, token: string, ip?: string | null): Promise<Actor | null> {
  if (!TOKEN.test(token)) return null;
  const row = await db.apiToken.findUnique({ where: { hash: hashOf(token) }, include: { user: true } });
  if (!row || row.revokedAt || row.user.disabled || !isRole(row.user.role)) return null;
  const now = new Date();
  // Recorded at most once a minute per token: every request of a busy pipeline need not write a row.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
    await audit(db, {
      action: 'token-used',
      actor: { userId: row.userId, email: row.user.email },
      target: row.name,
      ip,
    });
  }
  return { userId: row.userId, email: row.user.email, name: row.user.name, role: row.user.role, via: 'token' };
}

export async function revokeToken(db: Db, userId: string, tokenId: string): Promise<boolean> {
  const row = await db.apiToken.findFirst({ where: { id: tokenId, userId, revokedAt: null }, include: { user: true } });
  if (!row) return false;
  await db.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
  await audit(db, { action: 'token-revoked', actor: { userId, email: row.user.email }, target: row.name });
  return true;
}

export async function listTokens(db: Db, userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
