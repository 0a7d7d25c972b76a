// `npm run sigma -- validate <files or folders> [--json] [--max-bytes N] [--first-error] [--catalog path]`:
// validates Sigma rules (folders recursively, .yml/.yaml). Exit 1 when any file has an error, 0 otherwise
// (warnings do not fail), 2 for bad usage or paths that do not exist.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_CATALOG_PATH, loadAttackCatalog } from '../../attack/catalog';
import { type Finding, formatFinding } from '../findings';
import { DEFAULT_MAX_BYTES, sizeLimitFinding } from '../read/bytes';
import { findRuleFiles as collectRuleFiles } from '../read/rule-files';
import type { AttackTagCatalog } from '../validate/checks/types';
import { validateSigma } from '../validate/validate';
import { type CommandOutput, processOutput } from './output';

const USAGE = 'usage: sigma validate <files or folders...> [--json] [--max-bytes N] [--first-error] [--catalog path]';

interface FileReport {
  file: string;
  ok: boolean;
  rules: number;
  findings: Finding[];
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
  'first-error': { type: 'boolean', default: false },
  catalog: { type: 'string' },
} as const;

export async function runValidateCommand(argv: string[], io: CommandOutput = processOutput): Promise<number> {
  const args = argv[0] === 'validate' ? argv.slice(1) : argv;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usage(io, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usage(io, 'name at least one file or folder');
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    return usage(io, `--max-bytes needs a positive whole number, got '${values['max-bytes']}'`);

  const { files, missing } = collectRuleFiles(positionals);
  if (missing.length) {
    for (const path of missing) io.err(`sigma validate: ${path}: no such file or folder`);
    return 2;
  }
  const catalog = loadCatalog(values.catalog, io);

  const reports: FileReport[] = files.map(({ path, size }) => {
    // An oversized file is refused from its size alone, without reading it into memory.
    if (size > maxBytes) return { file: path, ok: false, rules: 0, findings: [sizeLimitFinding(size, maxBytes)] };
    const result = validateSigma(readFileSync(path), {
      file: path,
      catalog,
      maxBytes,
      mode: values['first-error'] ? 'first-error' : 'all',
    });
    return { file: path, ok: result.ok, rules: result.rules.length, findings: result.findings };
  });

  const summary = summarise(reports);
  if (values.json) {
    io.out(JSON.stringify({ files: reports, summary }, null, 2));
  } else {
    for (const report of reports) for (const f of report.findings) io.out(formatFinding(f, report.file));
    const failed = reports.filter((r) => !r.ok).length;
    const verdict = failed ? `, ${failed} file${failed === 1 ? '' : 's'} failed` : '';
    io.out(
      `${plural(summary.files, 'file')}, ${plural(summary.rules, 'rule')}: ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${verdict}`,
    );
  }
  return summary.ok ? 0 : 1;
}

function summarise(reports: readonly FileReport[]) {
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  return {
    files: reports.length,
    rules: reports.reduce((n, r) => n + r.rules, 0),
    errors,
    warnings: all.length - errors,
    ok: errors === 0,
  };
}

/** Without the catalog, tags can still be checked for form; say so rather than fail the whole run. */
function loadCatalog(path: string | undefined, io: CommandOutput): AttackTagCatalog | undefined {
  try {
    return loadAttackCatalog(path ?? DEFAULT_CATALOG_PATH);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`sigma validate: warning: ATT&CK catalog not loaded (${reason}); ATT&CK tags are checked for form only`);
    return undefined;
  }
}

function usage(io: CommandOutput, problem: string): number {
  io.err(`sigma validate: ${problem}`);
  io.err(USAGE);
  return 2;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
