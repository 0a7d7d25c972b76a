// The JSON-RPC methods the Prisma CLI calls (see SchemaEngineCLI in node_modules/prisma/build/cli.js),
// mapped onto the wasm engine. Most have the same name and shapes on both sides.
import { createDatabase } from './databases.mjs';

const SAME_NAME = [
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
];

/**
 * @param {ReturnType<typeof import('./session.mjs').createSession>} session
 * @param {(content: string) => Promise<void>} print sends text to the CLI's stdout, as the native engine does
 */
export function rpcMethods(session, print) {
  // Call as engine[name](...): a detached wasm-bindgen method loses its `this` (__wbg_ptr).
  const call = async (name, params) => {
    try {
      const engine = await session.engine();
      return (await engine[name](params)) ?? {};
    } catch (error) {
      throw session.explain(error);
    }
  };
  const methods = Object.fromEntries(SAME_NAME.map((name) => [name, (params) => call(name, params)]));

  // The native engine prints the diff itself through a `print` request and returns no stdout; the CLI
  // relies on that and ignores `stdout` in the result. It appends a newline to what it prints.
  methods.diff = async (params) => {
    const { stdout, ...rest } = await call('diff', params);
    if (stdout) await print(stdout.replace(/\n$/, ''));
    return { ...rest, stdout: null };
  };
  // evaluateDataLoss and createMigration build "the schema the migrations produce" from a cache that only
  // diagnoseMigrationHistory fills with a shadow database; the wasm engine gives them none of their own. When
  // `migrate dev` starts on a database that was behind, that cache holds the wrong history and they fail.
  // Filling it for the current history (everything is applied by then) and retrying is what the CLI expected.
  const withShadowSchema = (name) => async (params) => {
    try {
      return await call(name, params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/.test(String(error?.message))) throw error;
      await call('diagnoseMigrationHistory', {
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      });
      return call(name, params);
    }
  };
  methods.evaluateDataLoss = withShadowSchema('evaluateDataLoss');
  methods.createMigration = withShadowSchema('createMigration');

  methods.getDatabaseVersion = (params) => call('version', params ?? undefined);
  methods.debugPanic = () => call('debugPanic');
  methods.createDatabase = async ({ datasource }) => {
    const url = datasource?.tag === 'ConnectionString' ? datasource.url : session.datasource?.url;
    if (!url) throw Object.assign(new Error('createDatabase needs a datasource url.'), { code: 'P1012' });
    return { databaseName: await createDatabase(url) };
  };
  return methods;
}
