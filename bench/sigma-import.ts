// Import throughput: 4,000 Sigma rule files validated and imported into a fresh, migrated database, then imported
// again (all unchanged). Run: npx tsx bench/sigma-import.ts [files] [--postgres] [--generated]
// Target: validating and importing 4,000 rules in under 30 s. The files vary the SigmaHQ rules of
// ../shared/fixtures (new ids, new titles) when they are there, else (or with --generated) our own template rules.
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadAttackCatalog } from '../lib/attack/catalog';
import { writeAttack } from '../lib/content/write-attack';
import { createDb } from '../lib/db/client';
import { runPrisma } from '../lib/db/prisma-cli';
import { TEST_POSTGRES_URL } from '../lib/db/testing';
import { findRuleFiles } from '../lib/sigma/read';
import { countsOf } from '../lib/sigma-import/format';
import { importSigmaFolder } from '../lib/sigma-import/import';
import { tempDir } from '../lib/sigma-import/testing';
import { CATALOG, generateRules } from './generate-rules';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 4000);
const postgres = args.includes('--postgres');
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!postgres) {
    const dir = tempDir('tripline-bench-db-');
    return { url: `file:${join(dir, 'bench.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `bench_${process.pid}`;
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

const folder = tempDir('tripline-bench-rules-');
const what = generateRules(folder, count, { generated: args.includes('--generated') });
const { url, drop } = await freshDatabase();
const migrated = await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: url } });
if (migrated.code !== 0) throw new Error(`migrate deploy failed:\n${migrated.output}`);
const db = createDb(url);
try {
  const catalog = loadAttackCatalog(CATALOG);
  await db.$transaction((tx) => writeAttack(tx, catalog.tactics, catalog.techniques), { timeout: 120_000 });

  const first = await importSigmaFolder(db, folder, { catalog });
  const second = await importSigmaFolder(db, folder, { catalog });
  const c = countsOf(first);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const total = first.timings.totalMs;
  console.log(`${count} files (${what}) into ${postgres ? 'PostgreSQL' : 'SQLite'}; ATT&CK v${catalog.version}`);
  console.log(`  first run:  ${c.imported} imported, ${c.rejected} rejected, ${c.skipped} skipped`);
  console.log(
    `    validate  ${s(first.timings.validateMs)}  (${Math.round((count * 1000) / first.timings.validateMs)} files/s)`,
  );
  console.log(
    `    import    ${s(first.timings.writeMs)}  (${Math.round((c.imported * 1000) / first.timings.writeMs)} rules/s written)`,
  );
  console.log(
    `    total     ${s(total)}  (${Math.round((count * 1000) / total)} files/s)  target < 30 s: ${total < 30_000 ? 'met' : 'MISSED'}`,
  );
  const c2 = countsOf(second);
  console.log(
    `  second run: ${s(second.timings.totalMs)} (validate ${s(second.timings.validateMs)}, plan and write ${s(second.timings.writeMs)}); ${c2.unchanged} unchanged, ${c2.imported + c2.updated} written`,
  );

  // Every file touched (a trailing comment): the update path, one UPDATE and one revision per rule.
  for (const { file } of findRuleFiles([folder]).files)
    appendFileSync(join(folder, file), '\n# touched by the benchmark\n');
  const third = await importSigmaFolder(db, folder, { catalog });
  console.log(
    `  all changed: ${s(third.timings.totalMs)} (validate ${s(third.timings.validateMs)}, write ${s(third.timings.writeMs)}); ${countsOf(third).updated} updated`,
  );
} finally {
  await db.$disconnect();
  await drop();
  rmSync(folder, { recursive: true, force: true });
}
