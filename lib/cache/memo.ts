import { LRUCache } from 'lru-cache';
import { processCachesOn, processGeneration } from './process-generation';

// Answers computed from public content, kept in this process for the routes the response cache leaves alone (those
// with a per-client rate limit, which must see every request: lib/http/route-limits.ts). An answer is dropped when
// content changes here (lib/cache/process-generation.ts) and after `ttlMs` at the latest, the bound on how long a
// change made through another instance may go unseen. Concurrent misses of one key share one computation.

export type Memo<T> = (key: string, compute: () => Promise<T>) => Promise<T>;

export function memo<T>({ max, ttlMs }: { max: number; ttlMs: number }): Memo<T> {
  const answers = new LRUCache<string, { generation: number; value: Promise<T> }>({ max, ttl: ttlMs });
  return (key, compute) => {
    if (!processCachesOn()) return compute();
    const generation = processGeneration();
    const hit = answers.get(key);
    if (hit && hit.generation === generation) return hit.value;
    const value = compute();
    answers.set(key, { generation, value });
    // A failure is the caller's to report, never an answer to keep.
    value.catch(() => {
      if (answers.get(key)?.value === value) answers.delete(key);
    });
    return value;
  };
}
