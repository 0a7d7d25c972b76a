import type { Db } from '../db/client';

// The portals that are running, as they recorded themselves when they started (instrumentation.ts), so that an
// import command run from another shell revalidates the portal the user actually started, on whatever PORT.

/**
 * Where this process serves: the address `next start` / `next dev` printed as "Local:" (Next keeps it in
 * __NEXT_PRIVATE_ORIGIN; it follows -p, PORT and -H), else http://localhost:$PORT. Null outside a server.
 */
export function ownUrl(env: Record<string, string | undefined>): string | null {
  const origin = env.__NEXT_PRIVATE_ORIGIN?.trim();
  if (origin && /^https?:\/\//.test(origin)) return origin;
  return env.PORT ? `http://localhost:${env.PORT}` : null;
}

export async function recordPortal(db: Db, url: string, now = new Date()): Promise<void> {
  await db.portalInstance.upsert({ where: { url }, create: { url, startedAt: now }, update: { startedAt: now } });
}

/** Recorded portals, the most recently started first. */
export async function recordedPortals(db: Db): Promise<string[]> {
  const rows = await db.portalInstance.findMany({ orderBy: { startedAt: 'desc' }, select: { url: true } });
  return rows.map((r) => r.url);
}

/** A recorded portal that refuses connections has stopped; it records itself again when it starts. */
export async function forgetPortal(db: Db, url: string): Promise<void> {
  await db.portalInstance.deleteMany({ where: { url } });
}
