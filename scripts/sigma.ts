// npm run sigma -- <validate|match|convert> ...: the Sigma command line. Each subcommand lives in lib/sigma/cli/.
import { runConvertCommand } from '../lib/sigma/cli/convert-command';
import { runMatchCommand } from '../lib/sigma/cli/match-command';
import { runValidateCommand } from '../lib/sigma/cli/validate-command';

const COMMANDS: Readonly<Record<string, (argv: string[]) => Promise<number>>> = {
  validate: runValidateCommand,
  match: runMatchCommand,
  convert: runConvertCommand,
};

const USAGE = [
  'usage: npm run sigma -- <command> ...',
  '  validate <files or folders...> [--json] [--max-bytes N] [--first-error] [--catalog path]',
  '  match <rule.yml> <events.jsonl> [--json] [--placeholder name=value ...]',
  '  convert <files or folders...> --to qradar|splunk|sentinel|elastic [--json] [--placeholder name=value ...]',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Own keys only: `sigma constructor` must not find Object.prototype.constructor.
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(
      `${name === undefined ? 'sigma: name a command' : `sigma: unknown command '${name}'`}\n${USAGE}\n`,
    );
    return 2;
  }
  return command(rest);
}

// `... | head` closes the pipe early: that is the reader being done, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sigma: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
