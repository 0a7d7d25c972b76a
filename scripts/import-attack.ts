// npm run import:attack -- <file> [--tactics <file>] [--with-deprecated-from <older release>] [--out <path>]
//                         [--attack-version <v>] [--previous-version <v>] [--check]
// Reads an ATT&CK Enterprise STIX bundle or compact JSON and writes the project's catalog (see ARCHITECTURE.md).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importAttack } from '../lib/attack/build';
import { DEFAULT_CATALOG_PATH } from '../lib/attack/catalog';
import { NAME_SOURCES } from '../lib/attack/types';
import { writeFileAtomic } from '../lib/attack/write';
import { SourceError } from '../lib/errors';

const USAGE =
  'usage: npm run import:attack -- <file> [--tactics <file>] [--with-deprecated-from <file>] [--out <path>] ' +
  '[--attack-version <v>] [--previous-version <v>] [--check]';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: DEFAULT_CATALOG_PATH },
      tactics: { type: 'string' },
      'with-deprecated-from': { type: 'string' },
      'attack-version': { type: 'string' },
      'previous-version': { type: 'string' },
      check: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length) {
    console.error(USAGE);
    return 2;
  }
  const result = importAttack({
    file,
    tacticsFile: values.tactics,
    attackVersion: values['attack-version'],
    withDeprecatedFrom: values['with-deprecated-from'],
    previousVersion: values['previous-version'],
  });
  const { catalog, counts, warnings, text } = result;
  const retired = catalog.techniques.filter((t) => t.revoked || t.deprecated);
  console.log(
    `ATT&CK Enterprise ${catalog.version}: ${catalog.tactics.length} tactics, ` +
      `${catalog.techniques.length - retired.length} active techniques, ${retired.length} revoked/deprecated`,
  );
  console.log('names by rule:');
  for (const rule of NAME_SOURCES) console.log(`  ${rule.padEnd(28)} ${counts[rule]}`);
  for (const warning of warnings) console.warn(`warning: ${warning}`);

  if (values.check) {
    let existing = '';
    try {
      existing = readFileSync(values.out, 'utf8');
    } catch {
      // a missing file is simply out of date
    }
    if (existing !== text) {
      console.error(`${values.out} is not what the import produces; re-run without --check`);
      return 1;
    }
    console.log(`${values.out} is up to date`);
    return 0;
  }
  writeFileAtomic(values.out, text);
  console.log(`wrote ${values.out}`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof SourceError) console.error(`error: ${error.toString()} [${error.code}]`);
  else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
