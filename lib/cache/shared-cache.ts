import type { Db } from '../db/client';

// A short-lived cache every app instance shares, in the CacheEntry table of the database they already share (so
// it works the same on SQLite and PostgreSQL, with one instance or several). For values that are costly to
// compute and asked for again and again with the same key, such as the results of a popular search. Entries are
// JSON; a caller whose value holds Dates or other classes revives them with `decode`.
//
// Within one process, concurrent misses of one key compute once and share the result.

const inFlight = new WeakMap<Db, Map<string, Promise<unknown>>>();

export async function cached<T>(
  db: Db,
  key: string,
  ttlSeconds: number,
  compute: () => Promise<T>,
  decode: (json: unknown) => T = (json) => json as T,
): Promise<T> {
  const hit = await db.cacheEntry.findUnique({ where: { key }, select: { value: true, expiresAt: true } });
  if (hit && hit.expiresAt.getTime() > Date.now()) return decode(JSON.parse(hit.value));

  const pending = inFlight.get(db) ?? new Map<string, Promise<unknown>>();
  inFlight.set(db, pending);
  const running = pending.get(key) as Promise<T> | undefined;
  if (running) return running;
  const work = computeAndStore(db, key, ttlSeconds, compute).finally(() => pending.delete(key));
  pending.set(key, work);
  return work;
}

async function computeAndStore<T>(db: Db, key: string, ttlSeconds: number, compute: () => Promise<T>): Promise<T> {
  const value = await compute();
  const now = Date.now();
  const row = { value: JSON.stringify(value), expiresAt: new Date(now + ttlSeconds * 1000) };
  // One INSERT ... ON CONFLICT DO UPDATE: two instances storing the same key at once both succeed.
  await db.cacheEntry.upsert({ where: { key }, create: { key, ...row }, update: row });
  await pruneExpired(db, now);
  return value;
}

/** Content changed: nothing cached from the old content may be served again, on any instance. */
export async function clearSharedCache(db: Db): Promise<void> {
  await db.cacheEntry.deleteMany({});
}

// Expired rows are deleted at most once a minute per database client: one indexed DELETE.
const PRUNE_EVERY_MS = 60_000;
const nextPruneAt = new WeakMap<Db, number>();

async function pruneExpired(db: Db, now: number): Promise<void> {
  if (now < (nextPruneAt.get(db) ?? 0)) return;
  nextPruneAt.set(db, now + PRUNE_EVERY_MS);
  await db.cacheEntry.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
}
