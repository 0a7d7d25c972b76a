import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RULE_EXTENSIONS = /\.ya?ml$/i;

/**
 * Every .yml/.yaml file under `root`, as paths relative to it with `/` separators, in code-unit order so that
 * slug collisions between files are settled the same way on every machine and every run. Hidden files and
 * folders (.github, .git, editor state) are never rule collections' content.
 */
export function findRuleFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), relative);
      else if (RULE_EXTENSIONS.test(entry.name) && (entry.isFile() || linksToFile(join(dir, entry.name)))) found.push(relative);
    }
  };
  walk(root, '');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// A linked rule file is a rule file; linked folders are not followed, so a link loop cannot trap the walk.
function linksToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
