// npm run content:export [-- <content dir>] [--slug S ...]: write our own detections from the database back into
// <content dir>/detections/<slug>/ (default content/), in the form `npm run import:content` reads.
import { parseArgs } from 'node:util';
import { exportContent } from '../lib/content/export/export';
import { getDb } from '../lib/db/client';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string', multiple: true } },
});
const root = positionals[0] ?? 'content';
const db = getDb();
try {
  const report = await exportContent(db, root, values.slug);
  for (const w of report.written) console.log(`  ${w.dir}: ${w.files} files`);
  console.log(`exported ${report.written.length} detection(s) into ${root}`);
} catch (error) {
  console.error(`export stopped: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
