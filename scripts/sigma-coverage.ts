// npm run sigma:coverage -- <sigma rules folder> [--json] [--brief]: how much of a rule collection converts to each
// SIEM, and why the rest does not (lib/sigma/convert/coverage.ts). --brief leaves out the list of rules per reason.
import { existsSync } from 'node:fs';
import { coverageReport, formatCoverage } from '../lib/sigma/convert';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
if (!folder || !existsSync(folder)) {
  process.stderr.write(`usage: npm run sigma:coverage -- <sigma rules folder> [--json] [--brief]\n`);
  process.exitCode = 2;
} else {
  const report = coverageReport(folder);
  process.stdout.write(
    `${args.includes('--json') ? JSON.stringify(report, null, 2) : formatCoverage(report, !args.includes('--brief')).join('\n')}\n`,
  );
}
