import { readdirSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';

const RULE_EXTENSIONS = /\.ya?ml$/i;

export interface RuleFile {
  /** Where to read it: the path named, or the path named joined with `file`. */
  path: string;
  /**
   * For a file found under a named folder, its path relative to that folder with `/` separators (the name the
   * import reports and derives the slug from); for a file named explicitly, the path as given.
   */
  file: string;
  size: number;
}

export interface FoundRuleFiles {
  files: RuleFile[];
  /** Paths named that do not exist: an error for the caller to report. */
  missing: string[];
}

/**
 * The one way `sigma validate` and `import:sigma` turn the paths they are given into rule files, so both see the
 * same files in the same order:
 * - a file named explicitly is taken whatever its extension (the user asked for it);
 * - under a named folder, every .yml/.yaml file (any case), skipping hidden files and folders (.git, .github,
 *   editor state), which are never a rule collection's content;
 * - a linked file is read; a linked folder is not followed, so a link loop cannot trap the walk (a dangling link
 *   is passed over);
 * - each folder's files in code-unit order of their relative paths, not localeCompare, whose order depends on
 *   the machine's locale: slug collisions are then settled the same way everywhere. Named paths keep their order.
 */
export function findRuleFiles(paths: readonly string[]): FoundRuleFiles {
  const found: FoundRuleFiles = { files: [], missing: [] };
  for (const path of paths) {
    const stats = statOrNull(path);
    if (!stats) found.missing.push(path);
    else if (stats.isDirectory()) found.files.push(...walk(path));
    else found.files.push({ path, file: path, size: stats.size });
  }
  return found;
}

function walk(root: string): RuleFile[] {
  const files: RuleFile[] = [];
  const visit = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const file = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        visit(path, file);
        continue;
      }
      if (!RULE_EXTENSIONS.test(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
      // statSync follows a link: a link to a folder (or to nothing, or to a FIFO) is not a rule file.
      const stats = statOrNull(path);
      if (stats?.isFile()) files.push({ path, file, size: stats.size });
    }
  };
  visit(root, '');
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
