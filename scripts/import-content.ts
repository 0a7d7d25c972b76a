// npm run import:content [-- <content dir>] [--force]: validate content/ and load it into the database.
// --force also overwrites detections changed in the browser since the last import (otherwise reported and kept).
import { parseArgs } from 'node:util';
import { notifyContentChanged } from '../lib/cache/notify';
import { importContent } from '../lib/content/import';
import { getDb } from '../lib/db/client';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
const root = positionals[0] ?? 'content';
const started = performance.now();
const db = getDb();
try {
  const report = await importContent(db, root, { force: values.force });
  for (const w of report.warnings) console.warn(`${w.toString()}  [${w.code}] (warning)`);
  if (!report.ok) {
    for (const e of report.errors) console.error(`${e.toString()}  [${e.code}]`);
    console.error(`\nimport stopped: ${report.errors.length} problem(s); the database was not changed.`);
    process.exitCode = 1;
  } else {
    const d = report.detections;
    console.log(`ATT&CK rows changed: ${report.attackChanged}`);
    console.log(
      `detections: ${d.created.length} created, ${d.updated.length} updated, ${d.unchanged.length} unchanged`,
    );
    for (const k of report.keptEdits) {
      console.log(`  kept ${k.slug}: changed through the ${k.channel} since the last import (--force overwrites it)`);
    }
    for (const p of report.proofs)
      console.log(`  ${p.slug}: matches ${p.attack} attack samples, ${p.benign} benign look-alikes`);
    if (d.created.length + d.updated.length + report.attackChanged > 0) console.log(await notifyContentChanged(db));
    console.log(`done in ${Math.round(performance.now() - started)} ms`);
  }
} finally {
  await db.$disconnect();
}
