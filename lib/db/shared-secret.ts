import { randomBytes } from 'node:crypto';
import type { Db } from './client';

/**
 * A secret every process on one database agrees on without configuration: the value of `env` when set, else one
 * made once and kept in the Meta table (the first writer wins; everyone reads back the stored value).
 */
export async function sharedSecret(db: Db, key: string, env: string | undefined): Promise<string> {
  if (env) return env;
  const found = await db.meta.findUnique({ where: { key } });
  if (found) return found.value;
  const value = randomBytes(32).toString('base64url');
  await db.meta.upsert({ where: { key }, create: { key, value }, update: {} });
  return (await db.meta.findUniqueOrThrow({ where: { key } })).value;
}
