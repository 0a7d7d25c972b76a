// Hostile rules: each as large as the size cap allows, at or past one of the limits that keep reading and validating
// a rule fast (lib/sigma/hostile-inputs.ts says what each one is). Every one must be answered, validated or refused,
// in under a second. Prints the worst wall-clock and CPU time per shape over several runs; exits 1 when any is 1 s
// or more. Run: npx tsx bench/sigma-hostile.ts [runs]
import { loadAttackCatalog } from '../lib/attack/catalog';
import { hostileInputs } from '../lib/sigma/test-support';
import { validateSigma } from '../lib/sigma/validate';

const LIMIT_MS = 1000;
const RUNS = Number(process.argv[2] ?? 3);
const catalog = loadAttackCatalog();
const inputs = hostileInputs();

// Once through everything first, so the numbers are those of a running portal, not of JIT compilation.
for (const { text } of inputs) validateSigma(text, { catalog });

let worstOverall = 0;
for (const { name, text } of inputs) {
  let wall = 0;
  let cpu = 0;
  let answer = '';
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const result = validateSigma(text, { catalog });
    const spent = process.cpuUsage(usage);
    wall = Math.max(wall, performance.now() - started);
    cpu = Math.max(cpu, (spent.user + spent.system) / 1000);
    const codes = [...new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.code))];
    answer = codes.length ? `refused: ${codes.join(', ')}` : 'valid';
  }
  worstOverall = Math.max(worstOverall, wall);
  const kb = `${Math.round(Buffer.byteLength(text) / 1024)} KiB`;
  console.log(
    `${name.padEnd(52)} ${kb.padStart(9)} ${`${wall.toFixed(0)} ms`.padStart(8)} wall ${`${cpu.toFixed(0)} ms`.padStart(8)} cpu  ${answer}`,
  );
}
const ok = worstOverall < LIMIT_MS;
console.log(
  ok
    ? `ok: every hostile rule answered within ${LIMIT_MS} ms (worst ${worstOverall.toFixed(0)} ms)`
    : `SLOW: the worst took ${worstOverall.toFixed(0)} ms, over ${LIMIT_MS} ms`,
);
process.exitCode = ok ? 0 : 1;
