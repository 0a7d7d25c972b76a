// `npm run import:sigma -- <folder> [--strict] [--json] [--max-bytes N]`. Exit 0; 1 when the database is not
// ready, or with --strict when any file was rejected; 2 for usage errors (bad flags, no such folder).
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAttackCatalog } from '../attack/catalog';
import { notifyContentChanged } from '../cache/notify';
import { type Db, disconnect, getDb } from '../db/client';
import { databaseConfig, sqlitePath } from '../db/config';
import { parseImportArgs, USAGE } from './args';
import { formatHuman, formatJson } from './format';
import { importSigmaFolder } from './import';
import { NotMigratedError } from './migrated';
import { type Progress, stderrProgress } from './progress';
import { changedCount } from './report';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  progress: Progress;
}

export interface OpenedDb {
  db: Db;
  close(): Promise<void>;
}

const CATALOG = fileURLToPath(new URL('../../content/attack/enterprise-attack.json', import.meta.url));

const processIo: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: stderrProgress(),
};

/** The DATABASE_URL database. A missing SQLite file is refused: opening it would create an empty, unmigrated one. */
export async function openConfiguredDb(): Promise<OpenedDb> {
  const config = databaseConfig(process.env);
  if (config.provider === 'sqlite' && !existsSync(sqlitePath(config.url))) {
    throw new NotMigratedError(`there is no database file at ${sqlitePath(config.url)}`);
  }
  return { db: getDb(), close: disconnect };
}

export async function runImportSigma(
  argv: readonly string[],
  io: CommandIo = processIo,
  open: () => Promise<OpenedDb> = openConfiguredDb,
): Promise<number> {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    io.err(`import:sigma: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { folder, strict, json, maxBytes } = parsed.args;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    io.err(`import:sigma: ${folder}: no such folder\n${USAGE}`);
    return 2;
  }

  let opened: OpenedDb | undefined;
  try {
    opened = await open();
    const catalog = loadAttackCatalog(CATALOG);
    const report = await importSigmaFolder(opened.db, folder, { catalog, maxBytes, progress: io.progress });
    const revalidation = changedCount(report) > 0 ? await notifyContentChanged(opened.db) : undefined;
    io.out(json ? formatJson(report, revalidation) : formatHuman(report, revalidation));
    return strict && report.rejected.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof NotMigratedError)) throw error;
    io.err(`import:sigma: ${error.message}`);
    return 1;
  } finally {
    await opened?.close();
  }
}
