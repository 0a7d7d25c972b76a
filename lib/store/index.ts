// The detection store: the one module that writes detections and their revisions. Callers build a DetectionDocument
// (lib/detections/document.ts), validate it (lib/detections/validate-document.ts) and write it here.
export { documentHash, STORE_FORMAT_VERSION } from './hash';
export { type Approval, isPublished, publishRevision, unpublish } from './publish';
export { type ReconvertResult, reconvertStale } from './reconvert';
export { StoreConflict, type StoreWrite, type WriteMode, type WriteOutcome, type WriteResult } from './types';
export { writeDetections } from './write';
