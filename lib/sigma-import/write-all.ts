import type { Db } from '../db/client';
import type { PlannedWrite } from './plan';
import { writeBatch } from './write-batch';

export const DEFAULT_BATCH_SIZE = 200;

export interface WriteOptions {
  batchSize?: number;
  now?: Date;
  /** Called after each batch with the number of planned rules dealt with so far. */
  onProgress?: (done: number) => void;
}

export interface WriteResult {
  written: PlannedWrite[];
  failed: Array<{ write: PlannedWrite; error: string }>;
}

// A long batch on a slow disk must not hit Prisma's 5 s default; a waiting writer (the portal, another import)
// gets the lock within maxWait.
const TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

/**
 * Writes in batched transactions for speed. A batch that fails is rolled back whole and retried rule by rule,
 * each in its own transaction, so one rule the database refuses costs only itself.
 */
export async function writeAll(
  db: Db,
  writes: readonly PlannedWrite[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const result: WriteResult = { written: [], failed: [] };
  for (let start = 0; start < writes.length; start += size) {
    const batch = writes.slice(start, start + size);
    try {
      await db.$transaction((tx) => writeBatch(tx, batch, now), TRANSACTION);
      result.written.push(...batch);
    } catch {
      for (const write of batch) {
        try {
          await db.$transaction((tx) => writeBatch(tx, [write], now), TRANSACTION);
          result.written.push(write);
        } catch (error) {
          result.failed.push({ write, error: databaseMessage(error) });
        }
      }
    }
    options.onProgress?.(Math.min(start + size, writes.length));
  }
  return result;
}

/** Prisma's messages start with the call site and the query; the cause is the last line. */
export function databaseMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.at(-1) ?? text;
}
