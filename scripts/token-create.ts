// npm run token:create -- --email E [--name N]: prints a new personal API token as the last line of its output.
import { runTokenCreate } from '../lib/auth/commands';
import { disconnect, getDb } from '../lib/db/client';
import { terminalIo } from './terminal-io';

try {
  process.exitCode = await runTokenCreate(getDb(), process.argv.slice(2), terminalIo());
} finally {
  await disconnect();
}
