import type { DocumentFinding } from '../detections/findings';

/**
 * Why a change to a detection was refused, in words a person and a pipeline both act on. The API maps each code to
 * its HTTP status (lib/api/workflow-response.ts); the editor shows the message and keeps what was typed.
 */
export type WorkflowErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'READ_ONLY'
  | 'INVALID'
  | 'CONFLICT'
  | 'PRECONDITION_REQUIRED'
  | 'PRECONDITION_FAILED';

export class WorkflowError extends Error {
  override name = 'WorkflowError';
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly extra: { findings?: DocumentFinding[]; etag?: string } = {},
  ) {
    super(message);
  }
}
