import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

/** The three detections the catalog started with: tests that assert exact search answers and counts read these
 * alone, so the catalog can grow without rewriting them. */
export const FOUNDING_DETECTIONS = ['cloud-logging-disabled', 'cloud-snapshot-created', 'traffic-duplication'];

/** A private content/ holding the shipped platforms, ATT&CK data and only the founding detections. */
export function foundingContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tripline-founding-')), 'content');
  cpSync('content/platforms.yml', join(dir, 'platforms.yml'));
  mkdirSync(join(dir, 'attack'), { recursive: true });
  symlinkSync(resolve('content/attack/enterprise-attack.json'), join(dir, 'attack', 'enterprise-attack.json'));
  for (const slug of FOUNDING_DETECTIONS) {
    cpSync(join('content/detections', slug), join(dir, 'detections', slug), { recursive: true });
  }
  return dir;
}
