// Chooses the mode from the command line: version, one-shot cli command, or the JSON-RPC server.
// Each mode imports only what it needs: the CLI spawns us for `--version` and every `cli` check.
import { parseArgs, USAGE } from './args.mjs';

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error.message}\n\n${USAGE}`);
  process.exit(1);
}

if (args.version) {
  const { wasmCommitHash } = await import('./wasm.mjs');
  process.stdout.write(`schema-engine-cli ${wasmCommitHash()}\n`);
} else if (args.help) {
  process.stdout.write(USAGE);
} else if (args.cli) {
  const { runCli } = await import('./cli.mjs');
  process.exit(await runCli(args.cli, args.datasource));
} else {
  const { serveRpc } = await import('./rpc.mjs');
  const { rpcMethods } = await import('./methods.mjs');
  const { createSession } = await import('./session.mjs');
  const { withSqliteHistory } = await import('./sqlite-history.mjs');
  const { withSqliteReset } = await import('./sqlite-reset.mjs');
  const session = createSession(args);
  const url = args.datasource?.url;
  const isSqlite = /^file:/i.test(url ?? '');
  serveRpc((print) => {
    const methods = rpcMethods(session, print);
    if (!isSqlite) return methods;
    const connection = () => session.connection();
    return withSqliteReset(withSqliteHistory(methods, connection), connection);
  });
}
