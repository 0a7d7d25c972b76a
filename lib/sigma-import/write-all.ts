import type { Db } from '../db/client';
import { writeDetections } from '../store';
import type { PlannedWrite } from './plan';

export const DEFAULT_BATCH_SIZE = 200;

export interface WriteOptions {
  /** The collection's name, stored as each detection's source. */
  source: string;
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
 * Writes through the detection store in batched transactions for speed. A batch that fails is rolled back whole
 * and retried rule by rule, each in its own transaction, so one rule the database refuses costs only itself.
 */
export async function writeAll(db: Db, writes: readonly PlannedWrite[], options: WriteOptions): Promise<WriteResult> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const result: WriteResult = { written: [], failed: [] };
  const store = (batch: readonly PlannedWrite[]) =>
    db.$transaction(
      (tx) =>
        writeDetections(
          tx,
          batch.map((w) => ({
            document: w.document,
            rules: w.rules,
            source: options.source,
            channel: 'sigma-import',
            message: `${w.action === 'create' ? 'Imported' : 'Updated'} from Sigma rule ${w.file}`,
            mode: 'publish',
            expect: w.existing ? { id: w.existing.id } : 'new',
          })),
          now,
        ),
      TRANSACTION,
    );
  for (let start = 0; start < writes.length; start += size) {
    const batch = writes.slice(start, start + size);
    try {
      await store(batch);
      result.written.push(...batch);
    } catch {
      for (const write of batch) {
        try {
          await store([write]);
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
