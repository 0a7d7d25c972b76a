// `sigma validate <folder>` and `import:sigma <folder>` must see the same files in the same order: what validates
// clean is what imports, and slug collisions settle the same way. Real commands, a real SQLite database.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { runValidateCommand } from '../sigma/cli/validate-command';
import { importSigmaFolder } from './import';
import { sigmaRule, tempDir, writeFiles } from './testing';

describe('sigma validate and import:sigma walk a folder alike', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('same files, same order: hidden files and folders skipped, code-unit order, linked files read, linked folders not followed', async () => {
    const root = tempDir('sigma-same-files-');
    const elsewhere = tempDir('sigma-same-files-elsewhere-');
    let n = 0;
    const rule = () => sigmaRule({ id: `88888888-aaaa-4bbb-8ccc-${String(n++).padStart(12, '0')}` });
    writeFiles(root, {
      'a.yml': rule(),
      'B.yml': rule(),
      'a/x.yml': rule(),
      'a-b/x.yml': rule(),
      'a_b/x.yaml': rule(),
      'é.yml': rule(),
      'e.yml': rule(),
      '.github/workflows/ci.yml': rule(),
      '.hidden.yml': rule(),
      'notes.txt': rule(),
    });
    writeFiles(elsewhere, { 'target.yml': rule(), 'folder/inside.yml': rule() });
    symlinkSync(join(elsewhere, 'target.yml'), join(root, 'linked.yml'));
    symlinkSync(join(elsewhere, 'folder'), join(root, 'linked-folder'));

    const lines: string[] = [];
    expect(await runValidateCommand([root, '--json'], { out: (l) => lines.push(l), err: () => undefined })).toBe(0);
    const validated = (JSON.parse(lines[0] ?? '') as { files: Array<{ file: string }> }).files.map((f) => f.file);

    const report = await importSigmaFolder(t.db, root);
    expect(report.rejected).toEqual([]);
    expect(report.created.map((r) => r.file)).toEqual([
      'B.yml',
      'a-b/x.yml',
      'a.yml',
      'a/x.yml',
      'a_b/x.yaml',
      'e.yml',
      'linked.yml',
      'é.yml',
    ]);
    expect(validated).toEqual(report.created.map((r) => join(root, r.file)));
  });
});
