import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleFiles } from './find-files';
import { tempDir, writeFiles } from './testing';

describe('findRuleFiles', () => {
  it('finds .yml and .yaml files recursively, in a stable order, and nothing hidden', () => {
    const root = tempDir('sigma-find-');
    writeFiles(root, {
      'rules/windows/b.yml': 'x',
      'rules/windows/a.YAML': 'x',
      'rules/cloud/c.yaml': 'x',
      'Z.yml': 'x',
      'README.md': 'x',
      'rules/notes.txt': 'x',
      '.github/workflows/ci.yml': 'x',
      'rules/.hidden.yml': 'x',
      'rules/.cache/d.yml': 'x',
    });
    expect(findRuleFiles(root)).toEqual(['Z.yml', 'rules/cloud/c.yaml', 'rules/windows/a.YAML', 'rules/windows/b.yml']);
  });

  it('takes linked rule files but does not follow linked folders (a loop cannot trap it)', () => {
    const root = tempDir('sigma-find-links-');
    writeFiles(root, { 'rules/a.yml': 'x' });
    symlinkSync(join(root, 'rules/a.yml'), join(root, 'rules/linked.yml'));
    symlinkSync(join(root, 'rules/missing.yml'), join(root, 'rules/dangling.yml'));
    mkdirSync(join(root, 'rules/sub'));
    symlinkSync(join(root, 'rules'), join(root, 'rules/sub/loop'));
    expect(findRuleFiles(root)).toEqual(['rules/a.yml', 'rules/linked.yml']);
  });
});
