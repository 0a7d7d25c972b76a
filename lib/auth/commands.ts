// `npm run user:add` and `npm run token:create`: parse the command line, do the work through lib/auth, say what
// happened. Exit 0 on success, 1 when the work was refused (a weak password, an unknown account), 2 for usage.
import { parseArgs } from 'node:util';
import type { Db } from '../db/client';
import { createToken } from './tokens';
import { AccountError, addUser } from './users';

export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for the password without echoing it (when TRIPLINE_PASSWORD is not set). */
  askPassword(prompt: string): Promise<string>;
  env: Record<string, string | undefined>;
}

const USER_USAGE = 'usage: npm run user:add -- --email <email> --role editor|reviewer|admin [--name <name>]';
const TOKEN_USAGE = 'usage: npm run token:create -- --email <email> [--name <token name>]';

export async function runUserAdd(db: Db, argv: string[], io: CommandIo): Promise<number> {
  let values: { email?: string; role?: string; name?: string };
  try {
    values = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    }).values;
  } catch (error) {
    io.err(`user:add: ${(error as Error).message}\n${USER_USAGE}`);
    return 2;
  }
  if (!values.email || !values.role) {
    io.err(`user:add: --email and --role are required\n${USER_USAGE}`);
    return 2;
  }
  const password = io.env.TRIPLINE_PASSWORD ?? (await io.askPassword(`Password for ${values.email}: `));
  try {
    await addUser(db, { email: values.email, role: values.role, name: values.name, password });
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    io.err(`user:add: refused: ${error.message}`);
    return 1;
  }
  io.out(`added ${values.email.trim().toLowerCase()} as ${values.role}`);
  return 0;
}

export async function runTokenCreate(db: Db, argv: string[], io: CommandIo): Promise<number> {
  let values: { email?: string; name?: string };
  try {
    values = parseArgs({ args: argv, options: { email: { type: 'string' }, name: { type: 'string' } } }).values;
  } catch (error) {
    io.err(`token:create: ${(error as Error).message}\n${TOKEN_USAGE}`);
    return 2;
  }
  if (!values.email) {
    io.err(`token:create: --email is required\n${TOKEN_USAGE}`);
    return 2;
  }
  const user = await db.user.findUnique({ where: { email: values.email.trim().toLowerCase() } });
  if (!user || user.disabled) {
    io.err(`token:create: no active account for ${values.email}`);
    return 1;
  }
  const name = values.name ?? 'command line';
  const { token } = await createToken(db, user.id, name);
  io.out(`a personal API token "${name}" for ${user.email} (${user.role}); it is shown only now:`);
  // The last line is the token alone, so a script can take it with `tail -n 1`.
  io.out(token);
  return 0;
}
