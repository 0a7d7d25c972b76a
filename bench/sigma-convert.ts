// Conversion throughput: 4,000 rules, each to all four SIEMs (QRadar, Splunk, Sentinel, Elastic), parse included.
// Run: npx tsx bench/sigma-convert.ts [rules] [--folder <sigma rules folder>]. Target: under 20 s.
// The rules come from --folder (e.g. a SigmaHQ checkout), else the SigmaHQ fixtures of ../shared/fixtures, looped.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertFile, TARGETS } from '../lib/sigma/convert';
import { findRuleFiles } from '../lib/sigma/read';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 4000);
const folderAt = args.indexOf('--folder');
const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/sigmahq', import.meta.url));
const folder = folderAt === -1 ? FIXTURES : args[folderAt + 1];
const TARGET_SECONDS = 20;

if (!folder || !existsSync(folder)) {
  console.error(`sigma-convert bench: no rules at ${folder ?? '(none)'}; pass --folder <sigma rules folder>`);
  process.exit(2);
}
const pool = findRuleFiles([folder]).files.map((f) => readFileSync(f.path));
const inputs = Array.from({ length: count }, (_, i) => pool[i % pool.length] as Buffer);

// A warm-up pass lets the JIT settle, as a long-running import would.
for (const bytes of pool.slice(0, 200)) convertFile(bytes, TARGETS);

let rules = 0;
let converted = 0;
let queries = 0;
const started = performance.now();
for (const bytes of inputs) {
  const result = convertFile(bytes, TARGETS);
  rules += result.rules.length;
  for (const rule of result.rules) {
    for (const r of rule.results) {
      queries++;
      if (r.ok) converted++;
    }
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`converted ${inputs.length} files (${rules} rules) from ${pool.length} files of ${folder}, looped`);
console.log(
  `${seconds.toFixed(2)} s for ${queries} conversions to ${TARGETS.join(', ')} (${converted} with a query); ${Math.round(queries / seconds)} conversions/s; target < ${TARGET_SECONDS} s: ${seconds < TARGET_SECONDS ? 'met' : 'MISSED'}`,
);
if (seconds >= TARGET_SECONDS) process.exitCode = 1;
