import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectionFiles } from './files-of-detection';

/**
 * Writes one detection folder (content/detections/<slug>/). Files the document no longer has (a variant removed in
 * the browser) are deleted, or the next import would read them back.
 */
export function writeDetectionFiles(root: string, slug: string, files: DetectionFiles): string {
  const dir = join(root, 'detections', slug);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (!(name in files)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
