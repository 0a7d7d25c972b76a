import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { REVALIDATE_SECRET_KEY } from './tags';

/**
 * The secret lives in the database, so the command line and every app instance sharing that database agree
 * on it without configuration; REVALIDATE_SECRET overrides it.
 */
export async function revalidateSecret(db: Db): Promise<string> {
  if (process.env.REVALIDATE_SECRET) return process.env.REVALIDATE_SECRET;
  const found = await db.meta.findUnique({ where: { key: REVALIDATE_SECRET_KEY } });
  if (found) return found.value;
  const value = randomBytes(24).toString('hex');
  await db.meta.upsert({
    where: { key: REVALIDATE_SECRET_KEY },
    create: { key: REVALIDATE_SECRET_KEY, value },
    update: {},
  });
  return (await db.meta.findUniqueOrThrow({ where: { key: REVALIDATE_SECRET_KEY } })).value;
}

export function secretsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Tells a running portal (TRIPLINE_URL, default http://localhost:$PORT) that content changed. */
export async function notifyContentChanged(db: Db): Promise<string> {
  const base = process.env.TRIPLINE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  try {
    const res = await fetch(new URL('/api/revalidate', base), {
      method: 'POST',
      headers: { authorization: `Bearer ${await revalidateSecret(db)}` },
      signal: AbortSignal.timeout(5000),
    });
    return res.ok ? `revalidated the portal at ${base}` : `the portal at ${base} refused to revalidate (${res.status})`;
  } catch {
    return `no portal running at ${base}: pages will be fresh when it starts`;
  }
}
