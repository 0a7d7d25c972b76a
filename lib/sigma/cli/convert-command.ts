// `npm run sigma -- convert <files or folders> --to qradar|splunk|sentinel|elastic [--json] [--placeholder n=v]`:
// converts every rule to the target's query with its gap report. Text: the query, then the findings as
// file:line:column lines. --json: one object per rule per line, {"file","id","ok","query","findings"}.
// Exit 0 when every rule converted, 1 when any did not (or a file could not be read as Sigma), 2 for bad usage.
import { readFileSync } from 'node:fs';
import { convertFile } from '../convert/file';
import { isTarget, TARGETS, type Target } from '../convert/types';
import { formatFinding } from '../findings';
import { findRuleFiles } from '../read/rule-files';
import { type CommandOutput, processOutput } from './output';
import { PlaceholderArgs } from './placeholder-arg';

const USAGE = `usage: sigma convert <files or folders...> --to ${TARGETS.join('|')} [--json] [--placeholder name=value ...]`;

interface Options {
  paths: string[];
  target: Target;
  json: boolean;
  placeholders: Record<string, string[]>;
}

function parseArgs(argv: readonly string[]): Options | string {
  const args = argv[0] === 'convert' ? argv.slice(1) : [...argv];
  const paths: string[] = [];
  const placeholders = new PlaceholderArgs();
  let target: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--to' || arg.startsWith('--to=')) target = arg === '--to' ? args[++i] : arg.slice(5);
    else if (arg === '--placeholder' || arg.startsWith('--placeholder=')) {
      const problem = placeholders.add(arg === '--placeholder' ? args[++i] : arg.slice('--placeholder='.length));
      if (problem) return problem;
    } else if (arg.startsWith('--')) return `unknown option '${arg}'`;
    else paths.push(arg);
  }
  if (paths.length === 0) return 'name at least one file or folder';
  if (target === undefined) return `name a target with --to (${TARGETS.join(', ')})`;
  if (!isTarget(target)) return `unknown target '${target}' (${TARGETS.join(', ')})`;
  return { paths, target, json, placeholders: placeholders.toRecord() };
}

export async function runConvertCommand(argv: string[], io: CommandOutput = processOutput): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(`sigma convert: ${options}`);
    io.err(USAGE);
    return 2;
  }
  const { files, missing } = findRuleFiles(options.paths);
  if (missing.length) {
    for (const path of missing) io.err(`sigma convert: ${path}: no such file or folder`);
    return 2;
  }
  let failed = 0;
  for (const { path } of files) {
    const converted = convertFile(readFileSync(path), [options.target], { placeholders: options.placeholders });
    for (const f of converted.findings) io.err(formatFinding(f, path));
    if (converted.rules.length === 0) failed++;
    for (const rule of converted.rules) {
      const result = rule.results[0];
      if (!result) continue;
      if (!result.ok) failed++;
      if (options.json) {
        const { ok, query = null, findings } = result;
        io.out(JSON.stringify({ file: path, id: rule.id ?? null, ok, query, findings }));
        continue;
      }
      const name = rule.id ? `${path} (${rule.id})` : path;
      io.out(`# ${name}: ${result.ok ? `${options.target} query` : 'not converted'}`);
      if (result.query) io.out(result.query);
      for (const f of result.findings) {
        io.out(`${path}:${f.line ?? 1}:${f.column ?? 1}: ${f.severity} ${f.code} ${f.message}`);
      }
    }
  }
  return failed ? 1 : 0;
}
