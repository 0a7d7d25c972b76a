import { panicMessage } from './wasm.mjs';

// The shapes the Prisma CLI reads errors in. The wasm engine throws `{ code: 'P3005', message }` for
// user-facing errors, a RuntimeError for a Rust panic, and plain errors (SchemaConnectorError) otherwise.

/** P-code, message and whether the engine is now unusable. */
export function describeError(error) {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message = (isPanic && panicMessage()) || String(error?.message ?? error);
  const code = typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  return { message, code, isPanic, meta: error?.meta ?? null };
}

/** JSON-RPC `error` member, as the CLI's runCommand unpacks it (for a panic it shows `message` or `data.error.message`). */
export function rpcError(error) {
  const { message, code, isPanic, meta } = describeError(error);
  if (isPanic) {
    return { code: 4466, message, data: { is_panic: true, message, error: { message }, backtrace: error?.stack ?? '' } };
  }
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: false, message, meta, error_code: code },
  };
}
