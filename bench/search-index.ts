// npm run bench:search-index: server time of typical searches (results with snippets, and the counts per filter
// value: what /search computes) on 10,000 generated detections, or on a Sigma folder (--sigma <folder>, e.g. a
// SigmaHQ checkout). Prints p50/p95/p99 per kind of search and overall; target p95 < 25 ms on both databases.
//   npx tsx bench/search-index.ts [--postgres] [--count 10000] [--seed 7] [--sigma <folder>] [--runs 30] [--keep]
//   npx tsx bench/search-index.ts --reuse <DATABASE_URL kept by --keep>   (measures again without refilling)
// CPU ms is this process's CPU per search: on SQLite all of the work, load-independent on a busy machine.
// Measured 2026-12-02 (2 cores, load 1.6-1.8, 30 runs per query), p95 of all typical searches, worst kind in brackets:
//   10,003 generated detections: SQLite 14.2 ms (word 15.9), PostgreSQL 19.5 ms (prefix as typed 23.0);
//   SigmaHQ's rules (3,780 files, 20 runs): SQLite 9.7 ms (words + filter 10.7), PostgreSQL 15.3 ms (two words 19.6).
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadAttackCatalog } from '../lib/attack/catalog';
import { importContent } from '../lib/content/import';
import { foundingContent } from '../lib/content/testing';
import { createDb, type Db } from '../lib/db/client';
import { runPrisma } from '../lib/db/prisma-cli';
import { TEST_POSTGRES_URL } from '../lib/db/testing';
import { countFacets } from '../lib/search/facet-counts';
import { backfillSearchIndex } from '../lib/search/index/write';
import { searchDetections } from '../lib/search/search-detections';
import { importSigmaFolder } from '../lib/sigma-import/import';
import { tempDir } from '../lib/sigma-import/testing';
import { writeDetections } from '../lib/store';
import { generateDetections } from './detections/generate';
import { TYPICAL } from './detections/queries';
import { CATALOG } from './generate-rules';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const postgres = args.includes('--postgres');
const count = Number(arg('--count') ?? 10_000);
const seed = Number(arg('--seed') ?? 7);
const runs = Number(arg('--runs') ?? 30);
const sigmaFolder = arg('--sigma');
const reuse = arg('--reuse');

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!postgres) {
    const dir = tempDir('tripline-bench-search-');
    return { url: `file:${join(dir, 'bench.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_search_${process.pid}`;
  const u = new URL(TEST_POSTGRES_URL);
  u.searchParams.set('schema', schema);
  const drop = async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  };
  return { url: u.toString(), drop };
}

async function fill(db: Db): Promise<string> {
  const started = performance.now();
  const content = await importContent(db, foundingContent());
  if (!content.ok) throw new Error('bench: the shipped content did not import');
  const catalog = loadAttackCatalog(CATALOG);
  if (sigmaFolder) {
    const report = await importSigmaFolder(db, sigmaFolder, { catalog });
    return `${report.created.length} Sigma rules of ${sigmaFolder} (${report.rejected.length} rejected) in ${s(performance.now() - started)}`;
  }
  const known = new Set(catalog.techniques.map((t) => t.id));
  const generated = generateDetections(count, seed, known);
  for (let i = 0; i < generated.length; i += 250) {
    const batch = generated.slice(i, i + 250);
    await db.$transaction(
      (tx) =>
        writeDetections(
          tx,
          batch.map((g) => ({ ...g, channel: 'content-import', message: 'bench', mode: 'publish' })),
          new Date(),
        ),
      { timeout: 300_000 },
    );
  }
  return `${count} generated detections (seed ${seed}) written through the store in ${s(performance.now() - started)}`;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const row = (name: string, xs: number[], cpu: number[]) =>
  console.log(
    `${name.padEnd(18)}${[50, 95, 99].map((p) => pct(xs, p).toFixed(1).padStart(8)).join('')}${String(xs.length).padStart(8)}` +
      `${[50, 95].map((p) => pct(cpu, p).toFixed(1).padStart(8)).join('')}`,
  );

const { url, drop } = reuse ? { url: reuse, drop: async () => undefined } : await freshDatabase();
const migrated = await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: url } });
if (migrated.code !== 0) throw new Error(`bench: migrate deploy failed:\n${migrated.output}`);
const db = createDb(url);
try {
  // A kept database from before a change to the index is indexed again, as npm run db:migrate would.
  const reindexed = reuse ? await backfillSearchIndex(db) : 0;
  const what = reuse
    ? `the database at ${reuse}${reindexed ? ` (${reindexed} detections indexed again)` : ''}`
    : await fill(db);
  if (url.startsWith('postgres')) {
    // What autovacuum does soon after 10,000 fresh rows: statistics, and the visibility map that lets the counts read
    // indexes alone. Only this schema's tables: the database may hold other benches and tests.
    const tables = await db.$queryRaw<Array<{ name: string }>>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`;
    await db.$executeRawUnsafe(`VACUUM ANALYZE ${tables.map((t) => `"${t.name}"`).join(', ')}`);
  }
  const total = await db.detection.count({ where: { status: 'published' } });
  console.log(`${url.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}: ${what}; ${total} published`);
  const byKind = new Map<string, number[]>();
  const resultsOnly: number[] = [];
  const cpuByKind = new Map<string, number[]>();
  const all: number[] = [];
  const allCpu: number[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  for (const { kind, query } of TYPICAL) {
    const q = { q: '', page: 1, ...query };
    const once = async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      await Promise.all([searchDetections(db, q, { pageSize: 12 }), countFacets(db, q)]);
      const used = process.cpuUsage(cpu);
      return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000 };
    };
    for (let i = 0; i < 3; i++) await once();
    // What the API and the answers as you type ask: a page of results with snippets, no counts.
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await searchDetections(db, q, { pageSize: 12 });
      resultsOnly.push(performance.now() - started);
    }
    for (let i = 0; i < runs; i++) {
      const { ms, cpu } = await once();
      all.push(ms);
      allCpu.push(cpu);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
      cpuByKind.set(kind, [...(cpuByKind.get(kind) ?? []), cpu]);
    }
    const hits = await searchDetections(db, q, { pageSize: 12 });
    if (process.env.BENCH_VERBOSE) console.log(`  ${JSON.stringify(query)}: ${hits.total} hits`);
  }
  console.log(
    `server time of a search (results, snippets, counts per filter value), ms; ${runs} runs per query; ` +
      `${cpus().length} cores, load ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`,
  );
  console.log(
    `${'search'.padEnd(18)}${['p50', 'p95', 'p99', 'runs', 'cpu p50', 'cpu p95'].map((h) => h.padStart(8)).join('')}`,
  );
  for (const [kind, xs] of byKind) row(kind, xs, cpuByKind.get(kind) ?? []);
  row('all', all, allCpu);
  console.log(
    `results alone (the API, answers as you type): p50 ${pct(resultsOnly, 50).toFixed(1)}, p95 ${pct(resultsOnly, 95).toFixed(1)}, p99 ${pct(resultsOnly, 99).toFixed(1)} ms`,
  );
} finally {
  await db.$disconnect();
  if (!args.includes('--keep')) await drop();
  else console.log(`kept: ${url}`);
}
