import type { Db } from '../db/client';
import type { RateLimit } from './limits';

// A fixed-window counter per limit and client, one RateLimitWindow row each. A hit is one statement: Prisma runs
// this upsert as INSERT ... ON CONFLICT (key) DO UPDATE SET hits = hits + 1 ... RETURNING hits on SQLite and
// PostgreSQL alike (seen with log: ['query']), so concurrent hits from several instances are each counted once.

export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** Counts one request of `client` against `limit` and says whether it may go ahead. */
export async function hitRateLimit(
  db: Db,
  limit: RateLimit,
  client: string,
  now = Date.now(),
): Promise<RateLimitDecision> {
  const windowMs = limit.windowSeconds * 1000;
  const window = Math.floor(now / windowMs);
  const expiresAt = new Date((window + 1) * windowMs);
  const hits = await countHit(db, `${limit.name}|${client}|${window}`, expiresAt);
  await pruneExpired(db, now);
  if (hits <= limit.hits) return { allowed: true, remaining: limit.hits - hits };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - now) / 1000)) };
}

/** Whether `client` has already used up `limit` in this window, without counting a hit. */
export async function overRateLimit(
  db: Db,
  limit: RateLimit,
  client: string,
  now = Date.now(),
): Promise<{ over: false } | { over: true; retryAfterSeconds: number }> {
  const windowMs = limit.windowSeconds * 1000;
  const window = Math.floor(now / windowMs);
  const row = await db.rateLimitWindow.findUnique({ where: { key: `${limit.name}|${client}|${window}` } });
  if (!row || row.hits < limit.hits) return { over: false };
  return { over: true, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000)) };
}

/** Takes back one hit counted at `now` (a request that turned out not to count, such as a sign-in that succeeded). */
export async function unhitRateLimit(db: Db, limit: RateLimit, client: string, now = Date.now()): Promise<void> {
  const window = Math.floor(now / (limit.windowSeconds * 1000));
  await db.rateLimitWindow.updateMany({
    where: { key: `${limit.name}|${client}|${window}`, hits: { gt: 0 } },
    data: { hits: { decrement: 1 } },
  });
}

async function countHit(db: Db, key: string, expiresAt: Date): Promise<number> {
  const row = await db.rateLimitWindow.upsert({
    where: { key },
    create: { key, hits: 1, expiresAt },
    update: { hits: { increment: 1 } },
    select: { hits: true },
  });
  return row.hits;
}

// Rows of past windows are kept until a prune, at most once a minute per database client: one indexed DELETE.
const PRUNE_EVERY_MS = 60_000;
const nextPruneAt = new WeakMap<Db, number>();

async function pruneExpired(db: Db, now: number): Promise<void> {
  if (now < (nextPruneAt.get(db) ?? 0)) return;
  nextPruneAt.set(db, now + PRUNE_EVERY_MS);
  await db.rateLimitWindow.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
}
