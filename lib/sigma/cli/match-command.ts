// `npm run sigma -- match <rule.yml> <events.jsonl> [--json] [--placeholder name=value ...]`: runs a rule over
// JSON Lines and says which lines match and which search identifiers held. Exit 0 when the run worked
// (whatever matched), 2 when the input was bad: usage, unreadable files, a rule that cannot run, a bad line.
// With --json, one object per input line: {"line", "match", "selections"}, or "error" for a line that is no
// JSON or is over the match budget, or "skipped" for a blank line (both with "match": false).
// The budget: each event (line) within MATCH_BUDGET's size, depth and time; a file may hold any number of them.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { utf8Length } from '../../text/utf8';
import { formatFinding } from '../findings';
import { DEFAULT_MATCH_BUDGET, type MatchBudget, MatchBudgetError, MatchRun } from '../match/budget';
import { SigmaCompileError } from '../match/compile-error';
import { type CompiledRule, compileRule, type SigmaRuleObject } from '../match/match';
import { explainDocuments } from '../match/prove';
import { parseSigma } from '../read/parse';
import { type CommandOutput, processOutput } from './output';
import { PlaceholderArgs } from './placeholder-arg';

/** Per event as for proofs; a run over a log file is as long and as large as the file. */
export const MATCH_BUDGET: Readonly<MatchBudget> = {
  ...DEFAULT_MATCH_BUDGET,
  runBytes: Number.POSITIVE_INFINITY,
  runMillis: Number.POSITIVE_INFINITY,
};

const USAGE = 'usage: sigma match <rule.yml> <events.jsonl> [--json] [--placeholder name=value ...]';

interface Options {
  rulePath: string;
  eventsPath: string;
  json: boolean;
  placeholders: Record<string, string[]>;
}

function parseArgs(argv: readonly string[]): Options | string {
  const args = argv[0] === 'match' ? argv.slice(1) : [...argv];
  const files: string[] = [];
  const placeholders = new PlaceholderArgs();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--placeholder' || arg.startsWith('--placeholder=')) {
      const problem = placeholders.add(arg === '--placeholder' ? args[++i] : arg.slice('--placeholder='.length));
      if (problem) return problem;
    } else if (arg.startsWith('--')) return `unknown option '${arg}'`;
    else files.push(arg);
  }
  const [rulePath, eventsPath, extra] = files;
  if (!rulePath || !eventsPath || extra !== undefined) return 'expected a rule file and an events file';
  return { rulePath, eventsPath, json, placeholders: placeholders.toRecord() };
}

async function loadRules(options: Options, run: MatchRun, io: CommandOutput): Promise<CompiledRule[] | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(options.rulePath);
  } catch (error) {
    io.err(`${options.rulePath}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const parsed = parseSigma(bytes);
  for (const f of parsed.findings) io.err(formatFinding(f, options.rulePath));
  if (parsed.findings.some((f) => f.severity === 'error')) return null;
  try {
    return parsed.rules.map((rule) =>
      compileRule(rule.data as SigmaRuleObject, { placeholders: options.placeholders, meter: run }),
    );
  } catch (error) {
    if (!(error instanceof SigmaCompileError)) throw error;
    io.err(`${options.rulePath}: ${error.path.join('.')}: ${error.message}`);
    return null;
  }
}

function held(selections: Record<string, boolean>): string {
  const names = Object.keys(selections).filter((name) => selections[name]);
  return names.length ? names.join(', ') : '(none)';
}

export async function runMatchCommand(argv: string[], io: CommandOutput = processOutput): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(`sigma match: ${options}`);
    io.err(USAGE);
    return 2;
  }
  const run = new MatchRun(MATCH_BUDGET);
  const rules = await loadRules(options, run, io);
  if (!rules) return 2;

  let lineNumber = 0;
  let events = 0;
  let matched = 0;
  let bad = 0;
  const lines = createInterface({ input: createReadStream(options.eventsPath), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      lineNumber++;
      // With --json, every input line gets its object, so a reader can pair output and input line by line.
      if (line.trim() === '') {
        if (options.json) io.out(JSON.stringify({ line: lineNumber, match: false, skipped: 'blank line' }));
        continue;
      }
      const skip = (reason: string): void => {
        bad++;
        io.err(`${options.eventsPath}:${lineNumber}: ${reason}`);
        if (options.json) io.out(JSON.stringify({ line: lineNumber, match: false, error: reason }));
      };
      let event: unknown;
      try {
        event = JSON.parse(line);
      } catch (error) {
        skip(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      let explained: ReturnType<typeof explainDocuments>;
      try {
        run.admit(event, `line ${lineNumber}`, utf8Length(line));
        explained = explainDocuments(rules, event);
      } catch (error) {
        if (!(error instanceof MatchBudgetError)) throw error;
        skip(error.message);
        continue;
      }
      events++;
      const { match, selections } = explained;
      if (match) matched++;
      if (options.json) io.out(JSON.stringify({ line: lineNumber, match, selections }));
      else io.out(`line ${lineNumber}: ${match ? 'match   ' : 'no match'}  selections held: ${held(selections)}`);
    }
  } catch (error) {
    io.err(`${options.eventsPath}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (!options.json) {
    const skipped = bad ? `, ${bad} bad line${bad === 1 ? '' : 's'} skipped` : '';
    io.out(`${matched} of ${events} event${events === 1 ? '' : 's'} matched${skipped}`);
  }
  return bad ? 2 : 0;
}
