// npm run lighthouse [-- --runs N --port P --build | --skip-build]: the public pages' weight and Lighthouse (mobile, performance)
// against `next start` with our content and, when ../shared/fixtures is there, a SigmaHQ import beside it. Prints
// HTML bytes, score and total blocking time per page (median of N runs), each run's CPU benchmark index and where the
// main thread's time went, and exits 1 when a target is missed. Lighthouse simulates a slow phone from one real load
// (4x the host's task times), so on a busy or slow host its numbers move: run it more than once, on a quiet machine.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type LighthouseResult,
  MAX_TOTAL_BLOCKING_MS,
  MIN_PERFORMANCE_SCORE,
  median,
  missedTargets,
  PAGE_BUDGETS,
} from '@/lib/perf/budgets';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '3690' },
    build: { type: 'boolean', default: false },
    // Measure the build already in the dist folder, whatever it was built from.
    'skip-build': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not "${args.runs}"`);

const CHROME = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROME) throw new Error('no Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH');
const SIGMAHQ = '../shared/fixtures/sigmahq';
const distDir = process.env.NEXT_DIST_DIR ?? '.next-lighthouse';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: distDir,
  DATABASE_URL: process.env.DATABASE_URL ?? 'file:./data/lighthouse.db',
};
const base = `http://127.0.0.1:${args.port}`;

function run(command: string, commandArgs: string[]) {
  execFileSync(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The newest modification time under the folders a build reads. */
function newestSource(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const entry of readdirSync(p)) {
        if (entry !== 'node_modules' && entry !== 'generated')
          newest = Math.max(newest, newestSource([join(p, entry)]));
      }
    } else newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const buildId = join(distDir, 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'next.config.ts', 'package-lock.json', 'proxy.ts', 'instrumentation.ts'];
  if (args['skip-build'] && existsSync(buildId)) return;
  if (!args.build && existsSync(buildId) && statSync(buildId).mtimeMs > newestSource(sources)) return;
  console.log(`building into ${distDir} (a few minutes)`);
  try {
    run('npx', ['next', 'build']);
  } catch (error) {
    // next build writes BUILD_ID before it fails: without this, the next run would take the broken build for a
    // fresh one.
    rmSync(buildId, { force: true });
    throw error;
  }
  // next build may rewrite tsconfig.json's include list for its dist folder; the checkout keeps its own.
  execFileSync('git', ['checkout', '--', 'tsconfig.json'], { stdio: 'ignore' });
}

function loadContent() {
  // Next keeps rendered pages in the dist folder across restarts; they may come from other content or code.
  rmSync(join(distDir, 'server', 'route-cache'), { recursive: true, force: true });
  mkdirSync('data', { recursive: true });
  run('npx', ['tsx', 'scripts/e2e-reset-db.ts']);
  run('npm', ['run', '--silent', 'db:migrate']);
  run('npm', ['run', '--silent', 'import:content']);
  if (existsSync(SIGMAHQ)) run('npm', ['run', '--silent', 'import:sigma', '--', SIGMAHQ]);
  else console.log(`${SIGMAHQ} is absent: measuring with our own content only`);
}

/**
 * The body of `url`, on a connection of its own: a kept-alive socket left idle while Lighthouse runs is closed by
 * the server (Node's 5 s keep-alive) just as the next request would reuse it.
 */
function getBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(Buffer.concat(chunks))
          : reject(new Error(`${url} answered ${res.statusCode}`)),
      );
    }).on('error', reject);
  });
}
const answers = (url: string) =>
  getBody(url).then(
    () => true,
    () => false,
  );

async function startServer(): Promise<ChildProcess> {
  if (await answers(`${base}/`)) {
    throw new Error(`port ${args.port} is already in use: stop what runs there or pass --port`);
  }
  const server = spawn('npx', ['next', 'start', '-p', String(args.port), '-H', '127.0.0.1'], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    if (await answers(`${base}/`)) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start did not answer on ${base} within 2 minutes`);
}

function lighthouse(url: string): LighthouseResult & { benchmarkIndex: number; mainThread: string } {
  const out = execFileSync(
    'npx',
    [
      'lighthouse',
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(out.toString('utf8'));
  const score = report.categories?.performance?.score;
  const tbt = report.audits?.['total-blocking-time']?.numericValue;
  if (typeof score !== 'number' || typeof tbt !== 'number') {
    throw new Error(
      `Lighthouse gave no performance score for ${url}: ${report.runtimeError?.message ?? 'no reason given'}`,
    );
  }
  const groups = (report.audits?.['mainthread-work-breakdown']?.details?.items ?? []) as {
    groupLabel: string;
    duration: number;
  }[];
  return {
    score: Math.round(score * 100),
    totalBlockingMs: tbt,
    benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? 0),
    mainThread: groups
      .slice(0, 3)
      .map((g) => `${g.groupLabel} ${Math.round(g.duration)}`)
      .join(', '),
  };
}

// Lighthouse warns that the host's CPU is slower than it expects below this benchmark index
// (core/gather/driver/environment.js): its 4x slowdown then models a slower phone than intended.
const SLOW_HOST_BENCHMARK_INDEX = 1000;

// Content first: the build prerenders pages (the home page, the matrix) from the database.
loadContent();
buildIfNeeded();
const server = await startServer();
const missed: string[] = [];
try {
  console.log(
    `Lighthouse mobile, performance, median of ${runs} run(s); targets: score >= ${MIN_PERFORMANCE_SCORE}, TBT < ${MAX_TOTAL_BLOCKING_MS} ms`,
  );
  for (const budget of PAGE_BUDGETS) {
    const url = base + budget.path;
    // The first request renders from the database and fills Next's cache, as a reader after a publish would.
    await getBody(url);
    const html = (await getBody(url)).length;
    const results = Array.from({ length: runs }, () => lighthouse(url));
    const result = {
      score: median(results.map((r) => r.score)),
      totalBlockingMs: median(results.map((r) => r.totalBlockingMs)),
    };
    const limit = budget.maxHtmlBytes ? ` (limit ${budget.maxHtmlBytes})` : '';
    const each = results
      .map(
        (r) =>
          `${r.score}/${Math.round(r.totalBlockingMs)} BI ${r.benchmarkIndex}${r.benchmarkIndex < SLOW_HOST_BENCHMARK_INDEX ? ' (slow host)' : ''}`,
      )
      .join(', ');
    console.log(
      `${budget.path.padEnd(42)} html ${String(html).padStart(7)} bytes${limit.padEnd(14)} score ${result.score}  TBT ${Math.round(result.totalBlockingMs)} ms  [runs: ${each}]`,
    );
    // Where the main thread's time went in the first run (simulated ms): script, style and layout, parsing.
    console.log(`${''.padEnd(42)} main thread: ${results[0]?.mainThread ?? ''}`);
    missed.push(...missedTargets(budget, html, result));
  }
} finally {
  if (server.pid) process.kill(-server.pid);
}
if (missed.length) {
  console.error(`missed:\n  ${missed.join('\n  ')}`);
  process.exit(1);
}
console.log('every target met');
