import { createInterface } from 'node:readline';
import type { CommandIo } from '../lib/auth/commands';

/** The process's streams, and a password prompt that does not echo what is typed. */
export function terminalIo(): CommandIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    askPassword: (prompt) =>
      new Promise((resolve) => {
        const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
        process.stderr.write(prompt);
        // Swallow the echo of each typed character; the prompt stays, the password is never shown.
        (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
        rl.question('', (answer) => {
          rl.close();
          process.stderr.write('\n');
          resolve(answer);
        });
      }),
  };
}
