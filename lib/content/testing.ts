import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_CONTENT = join(import.meta.dirname, 'testdata', 'content');

/** A private copy of the test content, so a test can break a file without touching anyone else's. */
export function copyTestContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tripline-content-')), 'content');
  cpSync(TEST_CONTENT, dir, { recursive: true });
  return dir;
}

export function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}
