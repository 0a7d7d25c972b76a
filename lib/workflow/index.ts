// The editor's and the write API's operations on detections: read the editable document, create, save with
// If-Match, submit, approve (publish), unpublish, restore, and read revisions. Permissions are checked here.
export { WorkflowError, type WorkflowErrorCode } from './errors';
export { ifMatchHolds, sourceEtag } from './etag';
export { approveAndPublish, restoreRevision, submitForReview, unpublishDetection } from './review';
export { getRevision, listRevisions } from './revisions';
export { createDetection, type Saved, saveDetection } from './save';
export { type DetectionSourceView, readSource } from './source';
