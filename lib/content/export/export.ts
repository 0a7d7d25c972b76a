import type { Db } from '../../db/client';
import { filesOfDetection } from './files-of-detection';
import { readPlatforms, readStoredDetections } from './stored-detections';
import { writeDetectionFiles } from './write-detection-files';

export interface ExportReport {
  written: Array<{ slug: string; dir: string; files: number }>;
}

/** Writes our own detections from the database into `<root>/detections/<slug>/`, in the form the import reads. */
export async function exportContent(db: Db, root = 'content', slugs?: ReadonlyArray<string>): Promise<ExportReport> {
  const platforms = await readPlatforms(db);
  const written = [];
  for (const { document, status } of await readStoredDetections(db, slugs)) {
    const files = filesOfDetection(document, status, platforms);
    const dir = writeDetectionFiles(root, document.slug, files);
    written.push({ slug: document.slug, dir, files: Object.keys(files).length });
  }
  return { written };
}
