import type { DetectionDocument } from '../detections/document';
import type { SourceLocation } from '../errors';
import type { PlatformDef } from './schemas';

/** One content/detections/<slug>/ folder: the document it holds, and where each of its fields is written. */
export interface ContentDetection {
  slug: string;
  dir: string;
  /** `published` or `draft`: what the import makes of it. */
  status: 'draft' | 'published';
  document: DetectionDocument;
  /** Where a field of the document (and a line and column inside it, for text) is written in the folder's files. */
  locate(field: ReadonlyArray<string | number>, line?: number, column?: number): SourceLocation;
}

export interface ContentSet {
  root: string;
  platforms: PlatformDef[];
  detections: ContentDetection[];
}
