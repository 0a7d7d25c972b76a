import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES } from '../sigma/read';

export const USAGE = 'usage: npm run import:sigma -- <folder> [--strict] [--json] [--max-bytes N]';

export interface ImportArgs {
  folder: string;
  strict: boolean;
  json: boolean;
  maxBytes: number;
}

const OPTIONS = {
  strict: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
} as const;

/** The command line, or a sentence saying what is wrong with it (the caller exits 2). */
export function parseImportArgs(
  argv: readonly string[],
): { ok: true; args: ImportArgs } | { ok: false; error: string } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    return {
      ok: false,
      error: positionals.length ? 'name exactly one folder' : 'name the folder of Sigma rules to import',
    };
  const raw = values['max-bytes'];
  const maxBytes = raw === undefined ? DEFAULT_MAX_BYTES : Number(raw);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    return { ok: false, error: `--max-bytes needs a positive whole number, got '${raw}'` };
  return { ok: true, args: { folder: positionals[0] as string, strict: values.strict, json: values.json, maxBytes } };
}
