// Validation throughput: 4,000 rules through validateSigma (parse, schema, condition, modifiers, identity, tags).
// Run: npx tsx bench/sigma-validate.ts [rules] [--generated]. Target: 4,000 rules in well under 30 s.
// Uses the SigmaHQ rules of ../shared/fixtures, looped, when they are there; otherwise (or with --generated)
// rules generated from our own templates.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAttackCatalog } from '../lib/attack/catalog';
import type { AttackTagCatalog } from '../lib/sigma/validate';
import { validateSigma } from '../lib/sigma/validate';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 4000);
const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/sigmahq', import.meta.url));

function fixtureRules(dir: string): Uint8Array[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return fixtureRules(path);
      return name.endsWith('.yml') ? [readFileSync(path)] : [];
    });
}

const FIELDS = ['CommandLine', 'Image', 'ParentImage', 'User', 'TargetFilename', 'eventName', 'eventSource'];
const MODIFIERS = ['contains', 'endswith', 'startswith', 'contains|all', 're', 'windash|contains'];
const TAGS = [
  'attack.execution',
  'attack.t1059.001',
  'attack.exfiltration',
  'attack.t1020',
  'attack.stealth',
  'attack.t1036.005',
];

/** Our own rules, varied: a few selections and filters, lists of values, modifiers, tags. */
function generatedRule(i: number): Uint8Array {
  const pick = <T>(list: readonly T[], k: number): T => list[(i * 7 + k * 13) % list.length] as T;
  const values = (k: number): string =>
    Array.from({ length: 2 + ((i + k) % 6) }, (_, v) => `            - 'value-${i}-${k}-${v}'`).join('\n');
  const selections = 1 + (i % 3);
  const blocks = Array.from(
    { length: selections },
    (_, k) => `    selection_${k}:\n        ${pick(FIELDS, k)}|${pick(MODIFIERS, k)}:\n${values(k)}`,
  );
  const rule = [
    `title: Generated rule ${i}`,
    `id: ${randomUUID()}`,
    'status: test',
    `description: Rule ${i}, generated for the validation benchmark.`,
    'author: Tripline bench',
    `date: 2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    'tags:',
    `    - ${pick(TAGS, 0)}`,
    `    - ${pick(TAGS, 1)}`,
    'logsource:',
    '    category: process_creation',
    '    product: windows',
    'detection:',
    ...blocks,
    '    filter_main:',
    `        ${pick(FIELDS, 5)}|startswith: 'C:\\Windows\\'`,
    `    condition: ${selections > 1 ? 'all of selection_*' : 'selection_0'} and not 1 of filter_*`,
    'falsepositives:',
    '    - Administration scripts',
    'level: medium',
    '',
  ].join('\n');
  return new TextEncoder().encode(rule);
}

function loadCatalog(): AttackTagCatalog | undefined {
  try {
    return loadAttackCatalog();
  } catch {
    return undefined;
  }
}

const useFixtures = !args.includes('--generated') && existsSync(FIXTURES);
const pool = useFixtures ? fixtureRules(FIXTURES) : Array.from({ length: 500 }, (_, i) => generatedRule(i));
const inputs = Array.from({ length: count }, (_, i) => pool[i % pool.length] as Uint8Array);
const catalog = loadCatalog();

// One warm-up pass over the pool compiles the schema and lets the JIT settle, as a long-running server would be.
for (const bytes of pool) validateSigma(bytes, { catalog });

const times: number[] = [];
let rules = 0;
let findings = 0;
const started = performance.now();
for (const bytes of inputs) {
  const t0 = performance.now();
  const result = validateSigma(bytes, { catalog });
  times.push(performance.now() - t0);
  rules += result.rules.length;
  findings += result.findings.length;
}
const seconds = (performance.now() - started) / 1000;
times.sort((a, b) => a - b);
const quantile = (q: number): string =>
  (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2);

const source = useFixtures
  ? `the ${pool.length} SigmaHQ fixture files, looped`
  : `${pool.length} generated rules, looped`;
console.log(
  `validated ${inputs.length} files (${rules} rules) from ${source}; ATT&CK catalog ${catalog ? `v${catalog.version}` : 'absent'}`,
);
console.log(
  `${seconds.toFixed(2)} s, ${Math.round(rules / seconds)} rules/s; per file p50 ${quantile(0.5)} ms, p99 ${quantile(0.99)} ms; ${findings} findings`,
);
