// JSON-RPC 2.0 over stdin/stdout, one message per line, one request at a time (the wasm engine is not
// re-entrant). The engine may also ask the CLI to print, with a request of its own on stdout.
import readline from 'node:readline';
import { describeError, rpcError } from './errors.mjs';
import { info } from './log.mjs';

/** @param {(print: (content: string) => Promise<void>) => Record<string, (params: any) => Promise<unknown>>} makeMethods */
export function serveRpc(makeMethods) {
  let chain = Promise.resolve();
  let nextPrintId = 1;
  const waitingForCli = new Map();
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${nextPrintId++}`;
      waitingForCli.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  const methods = makeMethods(print);

  async function handle(request) {
    const method = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
    if (!method) {
      send({ jsonrpc: '2.0', id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } });
      return;
    }
    try {
      const result = await method(request.params ?? {});
      send({ jsonrpc: '2.0', id: request.id, result: result ?? {} });
    } catch (error) {
      send({ jsonrpc: '2.0', id: request.id, error: rpcError(error) });
      // A Rust panic poisons the wasm instance; exit like the native engine does (101), the CLI reports it.
      if (describeError(error).isPanic) await new Promise((resolve) => process.stdout.write('', resolve)).then(() => process.exit(101));
    }
  }

  info('Starting schema engine RPC server');
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) {
      waitingForCli.get(message.id)?.();
      waitingForCli.delete(message.id);
      return;
    }
    chain = chain.then(() => handle(message));
  });
  // The CLI ends stdin to stop us; open pools would keep Node alive, so leave explicitly once idle.
  lines.on('close', () => chain.finally(() => process.exit(0)));
}
