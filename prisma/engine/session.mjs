// One wasm engine per process, built on first use so that a bad URL comes back as an RPC error
// rather than a crash at startup, and `--version` never pays for the wasm.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { boundAdapterFactory } from './adapter.mjs';
import { loadWasm } from './wasm.mjs';

// The engine's log lines are already in the native engine's JSON shape; the CLI reads them from stderr.
const forwardLog = (line) => process.stderr.write(String(line).endsWith('\n') ? String(line) : `${line}\n`);

export function createSession({ datamodelPaths, datasource }) {
  // The engine reports paths in errors as given, so keep the CLI's spelling of each path.
  const datamodels = datamodelPaths.map((file) => [file, readFileSync(path.resolve(file), 'utf8')]);
  let engine;
  let errorRegistry;
  let connection;
  return {
    datasource,
    engine() {
      engine ??= (async () => {
        const { SchemaEngine } = await loadWasm();
        const adapterFactory = await boundAdapterFactory(datasource, datamodels, (adapter) => (connection ??= adapter));
        errorRegistry = adapterFactory.errorRegistry;
        return SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, forwardLog, adapterFactory);
      })();
      return engine;
    },
    /** The engine's own database connection: on SQLite a second one would wait on the engine's exclusive lock. */
    async connection() {
      await this.engine();
      return connection;
    },
    /** The engine only says "External error id#3" for a JS error thrown in an adapter; put the real one back. */
    explain(error) {
      const id = /External error id#(\d+)/.exec(String(error?.message))?.[1];
      const original = id === undefined ? undefined : errorRegistry?.consumeError(Number(id))?.error;
      if (!original) return error;
      return Object.assign(new Error(String(original.message ?? original)), { code: error.code, cause: original });
    },
  };
}
