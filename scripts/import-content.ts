// npm run import:content [-- <content dir>]: validate content/ and load it into the database.

import { notifyContentChanged } from '../lib/cache/notify';
import { importContent } from '../lib/content/import';
import { getDb } from '../lib/db/client';

const root = process.argv[2] ?? 'content';
const started = performance.now();
const db = getDb();
try {
  const report = await importContent(db, root);
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
    for (const p of report.proofs)
      console.log(`  ${p.slug}: matches ${p.attack} attack samples, ${p.benign} benign look-alikes`);
    if (d.created.length + d.updated.length + report.attackChanged > 0) console.log(await notifyContentChanged(db));
    console.log(`done in ${Math.round(performance.now() - started)} ms`);
  }
} finally {
  await db.$disconnect();
}
