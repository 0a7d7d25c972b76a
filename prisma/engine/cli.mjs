// `schema-engine --datasource <json> cli <command>`: one-shot commands, answered by the exit code.
// On failure the CLI reads stderr as JSON lines *after dropping the first one* (the native engine's startup
// log), so a startup line always goes first, and the error is a `schema_engine::logger` ERROR line.
import { canConnect, createDatabase, dropDatabase } from './databases.mjs';
import { describeError } from './errors.mjs';
import { info, log } from './log.mjs';

const COMMANDS = {
  'can-connect-to-database': async (url) => {
    await canConnect(url);
    return 'Connection successful';
  },
  'create-database': async (url) => `Database '${await createDatabase(url)}' was successfully created.`,
  'drop-database': async (url) => {
    await dropDatabase(url);
    return 'The database was successfully dropped.';
  },
};

/** @returns {Promise<number>} the exit code */
export async function runCli(command, datasource) {
  info('Starting schema engine CLI');
  try {
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new Error(`Unknown cli command "${command}": use ${Object.keys(COMMANDS).join(', ')}`);
    if (!datasource?.url) throw Object.assign(new Error('cli commands need --datasource \'{"url": "..."}\''), { code: 'P1012' });
    process.stdout.write(`${await run(datasource.url)}\n`);
    return 0;
  } catch (error) {
    const { message, code } = describeError(error);
    log('ERROR', message, 'schema_engine::logger', { is_panic: false, error_code: code });
    return 1;
  }
}
