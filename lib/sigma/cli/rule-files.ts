import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RULE_EXTENSIONS = /\.ya?ml$/i;

export interface RuleFile {
  path: string;
  size: number;
}

/**
 * The files named, and every .yml/.yaml file under the folders named, in a stable order. A file named
 * explicitly is taken whatever its extension: the user asked for it.
 */
export function collectRuleFiles(paths: readonly string[]): { files: RuleFile[]; missing: string[] } {
  const files: RuleFile[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && RULE_EXTENSIONS.test(entry.name)) files.push({ path, size: statSync(path).size });
    }
  };
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (stats.isDirectory()) walk(path);
    else files.push({ path, size: stats.size });
  }
  return { files, missing };
}
