// npm run user:add -- --email E --role editor|reviewer|admin [--name N]   (password from TRIPLINE_PASSWORD, else asked)
import { runUserAdd } from '../lib/auth/commands';
import { disconnect, getDb } from '../lib/db/client';
import { terminalIo } from './terminal-io';

try {
  process.exitCode = await runUserAdd(getDb(), process.argv.slice(2), terminalIo());
} finally {
  await disconnect();
}
