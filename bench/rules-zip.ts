// Memory of /rules.zip: a bundle of every rule in catalogs of growing size, streamed to a sink, with the heap
// collected and measured as it goes; beside it, the same bundle built whole in memory (what streaming avoids).
// Run: npm run bench:bundle [-- 1000,4000] [--generated] [--q words]   (SQLite; imports the rules first, about a minute)
// --q also streams the bundle of that search (through the full-text match, keyset pages of matching ids).
// --writer measures the zip writer alone on generated files, without the database: npm run bench:bundle -- 4000,16000,64000 --writer
// Target: the streamed bundle's live heap does not grow with the number of files or their bytes. The zip's central
// directory and the manifest, which the format and the bundle put at the end, are spooled to temporary files.
// Measured 2026-12-02 (2 shared cores, node 20): the writer alone held +0.5 MB of heap over idle for 4,000 files,
// +0.3 MB for 16,000 and +0.4 MB for 64,000; fflate's own Zip, which keeps its directory in memory, held +5.2 MB
// for 4,000 and +21.6 MB for 16,000 (1.35 KB a file). "buffers" are fflate's per-file deflate tables (about
// 160 KB, allocated and dropped for each file), not yet returned when sampled: they do not grow with the count.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { loadAttackCatalog } from '../lib/attack/catalog';
import { rulesBundle } from '../lib/bundles/rules-bundle';
import { type ZipEntry, zipStream } from '../lib/bundles/zip-stream';
import { writeAttack } from '../lib/content/write-attack';
import { createDb, type Db } from '../lib/db/client';
import { runPrisma } from '../lib/db/prisma-cli';
import type { SearchQuery } from '../lib/search/params';
import { importSigmaFolder } from '../lib/sigma-import/import';
import { tempDir } from '../lib/sigma-import/testing';
import { CATALOG, generateRules } from './generate-rules';

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d+(,\d+)*$/.test(a)) ?? '1000,4000').split(',').map(Number);
const ALL: SearchQuery = { q: '', page: 1 };
const qAt = args.indexOf('--q');
const SEARCHED: SearchQuery | null = qAt >= 0 ? { q: args[qAt + 1] ?? '', page: 1 } : null;
// --writer measures the zip writer alone on generated files (no database, no import): fast, and free of Prisma's noise.
const WRITER = args.includes('--writer');
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:bundle does)');

interface Held {
  heap: number;
  /** ArrayBuffers: a zip's bytes, and Prisma's query compiler's WebAssembly memory, which grows once and stays. */
  buffers: number;
}
function held(): Held {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}
const most = (a: Held, b: Held): Held => ({ heap: Math.max(a.heap, b.heap), buffers: Math.max(a.buffers, b.buffers) });
const over = (a: Held, idle: Held) => `heap +${MB(a.heap - idle.heap)}, buffers +${MB(a.buffers - idle.buffers)}`;

function idleHeap(): Held {
  gc?.();
  gc?.();
  return held();
}

/** The live heap: garbage collected first, so what is left is what the code holds. */
function liveHeap(): Held {
  gc?.();
  return held();
}

/**
 * Reads the bundle as a client would, a chunk at a time. Every 256 chunks the heap is collected and measured:
 * the largest live heap seen is what the bundle holds at once.
 */
async function streamed(
  db: Db,
  query = ALL,
): Promise<{ bytes: number; peak: Held; last: Held; ms: number; gcMs: number }> {
  const started = performance.now();
  let bytes = 0;
  let peak: Held = { heap: 0, buffers: 0 };
  let last: Held = peak;
  let chunks = 0;
  let gcMs = 0;
  const reader = rulesBundle(db, query).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes += r.value.byteLength;
    if (++chunks % 256 === 0) {
      const t = performance.now();
      last = liveHeap();
      peak = most(peak, last);
      gcMs += performance.now() - t;
    }
  }
  return { bytes, peak, last, ms: performance.now() - started - gcMs, gcMs };
}

/** The same files zipped in one piece from one query, measured while the zip is still held. */
async function whole(db: Db): Promise<{ bytes: number; files: number; live: Held }> {
  const rows = await db.detection.findMany({ where: { status: 'published' }, select: { slug: true, sigmaYaml: true } });
  const zip = zipSync(Object.fromEntries(rows.map((r) => [`${r.slug}.yml`, new TextEncoder().encode(r.sigmaYaml)])));
  const live = liveHeap();
  // rows and zip are used after the measurement, so they are live during it.
  return { bytes: zip.byteLength, files: rows.length, live };
}

/**
 * The zip writer alone, without the database: `count` files of 2 KB of YAML-like text, streamed, the live heap
 * collected and measured every 512 chunks. What the writer keeps per file shows here undiluted.
 */
async function writerAlone(count: number): Promise<string> {
  const text = 'title: a rule of about two kilobytes\n'.repeat(55);
  async function* entries(): AsyncGenerator<ZipEntry> {
    for (let i = 0; i < count; i++) {
      yield { name: `rules/rule-${i}.yml`, bytes: new TextEncoder().encode(`${text}id: ${i}\n`), mtime: new Date() };
    }
  }
  const idle = idleHeap();
  let peak: Held = { heap: 0, buffers: 0 };
  let chunks = 0;
  let bytes = 0;
  const started = performance.now();
  const reader = zipStream(entries()).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes += r.value.byteLength;
    if (++chunks % 512 === 0) peak = most(peak, liveHeap());
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  return `zip writer alone: ${String(count).padStart(6)} files -> ${MB(bytes)} in ${seconds} s, most held at once over idle: ${over(peak, idle)}`;
}

const results: string[] = [];
if (WRITER) {
  for (const count of sizes) {
    results.push(await writerAlone(count));
    console.log(results.at(-1));
  }
}
for (const count of WRITER ? [] : sizes) {
  const folder = tempDir('tripline-bench-bundle-rules-');
  const what = generateRules(folder, count, { generated: args.includes('--generated') });
  const dir = tempDir('tripline-bench-bundle-db-');
  const url = `file:${join(dir, 'bench.db')}`;
  const migrated = await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: url } });
  if (migrated.code !== 0) throw new Error(`migrate deploy failed:\n${migrated.output}`);
  process.env.DATABASE_URL = url;
  const db = createDb(url);
  try {
    const catalog = loadAttackCatalog(CATALOG);
    await db.$transaction((tx) => writeAttack(tx, catalog.tactics, catalog.techniques), { timeout: 120_000 });
    await importSigmaFolder(db, folder, { catalog });
    const stored = await db.detection.aggregate({ _count: true, where: { status: 'published' } });
    const yamlBytes = (await db.detection.findMany({ select: { sigmaYaml: true } })).reduce(
      (n, r) => n + Buffer.byteLength(r.sigmaYaml),
      0,
    );
    // Warm the client, the JIT and the query compiler's memory, twice, so the figures are the bundle's own.
    await streamed(db);
    await whole(db);
    const idle = idleHeap();
    const s = await streamed(db);
    const w = await whole(db);
    results.push(
      `${String(stored._count).padStart(5)} rules (${what}), ${MB(yamlBytes)} of YAML -> zip ${MB(s.bytes)} in ${(s.ms / 1000).toFixed(2)} s: ` +
        `streamed, most held at once over idle: ${over(s.peak, idle)}, near the end: ${over(s.last, idle)}; built whole (${w.files} files): ${over(w.live, idle)}`,
    );
    console.log(results.at(-1));
    if (SEARCHED) {
      const q = await streamed(db, SEARCHED);
      results.push(
        `      q=${JSON.stringify(SEARCHED.q)} -> zip ${MB(q.bytes)} in ${(q.ms / 1000).toFixed(2)} s, most held at once over idle: ${over(q.peak, idle)}`,
      );
      console.log(results.at(-1));
    }
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}
console.log(`\nrules.zip memory (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
for (const line of results) console.log(`  ${line}`);
