import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import { contentChanged } from './generation';
import { forgetPortal, recordedPortals } from './portals';
import { clearSharedCache } from './shared-cache';
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

/**
 * The portals to tell: TRIPLINE_URL alone when it is set; otherwise every portal that recorded where it listens
 * when it started, plus http://localhost:$PORT when this command has a PORT; http://localhost:3000 when there
 * is none of these.
 */
export async function portalsToNotify(db: Db, env: Record<string, string | undefined>): Promise<string[]> {
  const configured = env.TRIPLINE_URL?.trim();
  if (configured) return [configured];
  const urls = await recordedPortals(db);
  if (env.PORT) urls.push(`http://localhost:${env.PORT}`);
  return urls.length ? [...new Set(urls)] : ['http://localhost:3000'];
}

type Outcome = { url: string } & ({ answered: true; status: number } | { answered: false; refused: boolean });

/** Tells the running portals that content changed, and says what happened in one line per portal that answered. */
export async function notifyContentChanged(
  db: Db,
  env: Record<string, string | undefined> = process.env,
): Promise<string> {
  // Searches cached from the old content must not outlive it, whether or not a portal is running.
  await clearSharedCache(db);
  const secret = await revalidateSecret(db);
  const outcomes = await Promise.all((await portalsToNotify(db, env)).map((url) => revalidate(url, secret)));
  const recorded = new Set(await recordedPortals(db));
  for (const o of outcomes) if (!o.answered && o.refused && recorded.has(o.url)) await forgetPortal(db, o.url);

  const answered = outcomes.filter((o) => o.answered);
  // A portal that revalidated also moved the content generation; with none, caching proxies still must not serve
  // pages of the old content to readers once a portal runs again.
  if (!answered.some((o) => o.status >= 200 && o.status < 300)) await contentChanged(db, env);
  if (!answered.length)
    return `no portal running at ${outcomes.map((o) => o.url).join(', ')}: pages will be fresh when it starts`;
  return answered
    .map((o) =>
      o.status >= 200 && o.status < 300
        ? `revalidated the portal at ${o.url}`
        : `the portal at ${o.url} refused to revalidate (${o.status})`,
    )
    .join('\n');
}

async function revalidate(url: string, secret: string): Promise<Outcome> {
  try {
    const res = await fetch(new URL('/api/revalidate', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(5000),
    });
    await res.body?.cancel();
    return { url, answered: true, status: res.status };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    return { url, answered: false, refused: code === 'ECONNREFUSED' };
  }
}
