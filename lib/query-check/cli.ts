// `npm run query:check -- <file>...`: checks query files, the platform chosen by extension (.aql .spl .kql .esql);
// prints `file:line:column: message` per finding; exit 1 when any file has an error, 2 on bad usage.
import { readFile } from 'node:fs/promises';
import { decodeUtf8, withoutBom } from '../text/utf8';
import { checkQuery, platformForFile } from './index';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export async function runQueryCheck(paths: string[], io: CliOutput): Promise<number> {
  if (paths.length === 0) {
    io.err('usage: npm run query:check -- <file.aql|file.spl|file.kql|file.esql>...');
    return 2;
  }
  let failed = false;
  for (const path of paths) {
    const platform = platformForFile(path);
    if (!platform) {
      io.err(`${path}: unknown query type: name the file .aql, .spl, .kql or .esql`);
      return 2;
    }
    const decoded = decodeUtf8(await readFile(path));
    if (!decoded.ok) {
      io.out(`${path}:${decoded.at.line}:${decoded.at.column}: ${decoded.message}`);
      failed = true;
      continue;
    }
    for (const f of checkQuery(platform, withoutBom(decoded.text))) {
      io.out(`${path}:${f.line}:${f.column}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.message} [${f.code}]`);
      if (f.severity === 'error') failed = true;
    }
  }
  return failed ? 1 : 0;
}
