// npm run import:sigma -- <folder> [--strict] [--json] [--max-bytes N]: import a Sigma rule collection (such as a
// SigmaHQ checkout) into the catalog. The work is in lib/sigma-import/.
import { runImportSigma } from '../lib/sigma-import/command';

runImportSigma(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`import:sigma: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
