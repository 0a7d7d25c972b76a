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
  // Every folder is built before any is written: a detection that cannot be exported stops it with nothing changed.
  const folders = (await readStoredDetections(db, slugs)).map(({ document, status }) => ({
    slug: document.slug,
    files: filesOfDetection(document, status, platforms),
  }));
  const written = folders.map(({ slug, files }) => ({
    slug,
    dir: writeDetectionFiles(root, slug, files),
    files: Object.keys(files).length,
  }));
  return { written };
}
