import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRuleFiles } from './rule-files';

const roots: string[] = [];
function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tripline-rule-files-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const relative = (paths: string[]) => findRuleFiles(paths).files.map((f) => f.file);

describe('findRuleFiles', () => {
  it('finds .yml and .yaml files recursively, and nothing hidden (.git, .github, dot files)', () => {
    const root = folder({
      'rules/windows/b.yml': 'x',
      'rules/windows/a.YAML': 'x',
      'rules/cloud/c.yaml': 'x',
      'Z.yml': 'x',
      'README.md': 'x',
      'rules/notes.txt': 'x',
      '.github/workflows/ci.yml': 'x',
      '.git/config.yml': 'x',
      'rules/.hidden.yml': 'x',
      'rules/.cache/d.yml': 'x',
    });
    const { files, missing } = findRuleFiles([root]);
    expect(missing).toEqual([]);
    expect(files).toEqual([
      { path: join(root, 'Z.yml'), file: 'Z.yml', size: 1 },
      { path: join(root, 'rules/cloud/c.yaml'), file: 'rules/cloud/c.yaml', size: 1 },
      { path: join(root, 'rules/windows/a.YAML'), file: 'rules/windows/a.YAML', size: 1 },
      { path: join(root, 'rules/windows/b.yml'), file: 'rules/windows/b.yml', size: 1 },
    ]);
  });

  it('sorts by code unit of the relative path, whatever the locale would say', () => {
    // localeCompare puts a.yml before B.yml, and a/ before a-b/ and a_b/; code units do not.
    const root = folder({
      'a.yml': 'x',
      'B.yml': 'x',
      'a/x.yml': 'x',
      'a-b/x.yml': 'x',
      'a_b/x.yml': 'x',
      'é.yml': 'x',
      'e.yml': 'x',
    });
    expect(relative([root])).toEqual(['B.yml', 'a-b/x.yml', 'a.yml', 'a/x.yml', 'a_b/x.yml', 'e.yml', 'é.yml']);
  });

  it('reads linked rule files but does not follow linked folders (a loop cannot trap it)', () => {
    const root = folder({ 'rules/a.yml': 'abc', 'elsewhere/outside.yml': 'x' });
    symlinkSync(join(root, 'rules/a.yml'), join(root, 'rules/linked.yml'));
    symlinkSync(join(root, 'rules/missing.yml'), join(root, 'rules/dangling.yml'));
    mkdirSync(join(root, 'rules/sub'));
    symlinkSync(join(root, 'rules'), join(root, 'rules/sub/loop'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'rules/linked-folder.yml'));
    expect(findRuleFiles([join(root, 'rules')]).files).toEqual([
      { path: join(root, 'rules/a.yml'), file: 'a.yml', size: 3 },
      { path: join(root, 'rules/linked.yml'), file: 'linked.yml', size: 3 },
    ]);
  });

  it('takes a file named explicitly whatever its extension, keeps the order paths are named in, and reports missing paths', () => {
    const root = folder({ 'notes.txt': 'hello', 'z/b.yml': 'x', 'z/a.yml': 'x', '.hidden/r.yml': 'x' });
    const found = findRuleFiles([
      join(root, 'z'),
      join(root, 'notes.txt'),
      join(root, 'absent'),
      join(root, '.hidden'),
      join(root, 'gone.yml'),
    ]);
    expect(found.files.map((f) => [f.path, f.file])).toEqual([
      [join(root, 'z/a.yml'), 'a.yml'],
      [join(root, 'z/b.yml'), 'b.yml'],
      [join(root, 'notes.txt'), join(root, 'notes.txt')],
      // A hidden folder named explicitly is what the user asked for.
      [join(root, '.hidden/r.yml'), 'r.yml'],
    ]);
    expect(found.files[2]?.size).toBe(5);
    expect(found.missing).toEqual([join(root, 'absent'), join(root, 'gone.yml')]);
  });
});
