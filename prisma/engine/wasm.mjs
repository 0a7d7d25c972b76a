// Loads @prisma/schema-engine-wasm. Its main entry does `import * as wasm from "./x.wasm"`, which Node 20
// only allows behind --experimental-wasm-modules, so we instantiate the bytes against its JS glue ourselves.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
// The package's `exports` hide package.json, so find the folder through an exported file.
const packageDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));

let loading;
let lastPanic;

// The engine's panic hook hands the Rust panic message to this global before the wasm traps with a bare
// "unreachable"; without it the hook itself throws and the reason is lost.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    lastPanic = message;
  },
};

/** The message of the Rust panic that trapped the engine, if one did. */
export const panicMessage = () => lastPanic;

/** @returns {Promise<typeof import('@prisma/schema-engine-wasm')>} */
export function loadWasm() {
  loading ??= (async () => {
    const glue = await import(pathToFileURL(path.join(packageDir, 'schema_engine_bg.js')).href);
    const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loading;
}

/** The engine's git hash, without paying for the wasm instantiation (`--version` is called often). */
export function wasmCommitHash() {
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  return version.split('.').at(-1);
}
