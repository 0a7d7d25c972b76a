// Responses of the write API: never cached by anyone (they depend on who asks), one error shape with the read API's
// `{ error: { code, message } }`, plus `findings` for a document that does not validate and the current ETag when
// the writer's is missing or stale.
import type { DocumentFinding } from '../../detections/findings';
import type { WorkflowError, WorkflowErrorCode } from '../../workflow';

const PRIVATE = { 'cache-control': 'private, no-store', vary: 'authorization, cookie' } as const;

export function privateJson(body: unknown, status = 200, extra: HeadersInit = {}): Response {
  const headers = new Headers(PRIVATE);
  for (const [key, value] of new Headers(extra)) headers.set(key, value);
  return Response.json(body, { status, headers });
}

const STATUS: Record<WorkflowErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  READ_ONLY: 409,
  CONFLICT: 409,
  INVALID: 422,
  PRECONDITION_REQUIRED: 428,
  PRECONDITION_FAILED: 412,
};

export interface WriteApiError {
  error: { code: string; message: string; findings?: DocumentFinding[] };
}

export function workflowErrorResponse(error: WorkflowError): Response {
  const status = STATUS[error.code];
  const body: WriteApiError = { error: { code: error.code.toLowerCase(), message: error.message } };
  if (error.extra.findings) body.error.findings = error.extra.findings;
  const headers: Record<string, string> = {};
  if (error.extra.etag) headers.etag = error.extra.etag;
  if (status === 401) headers['www-authenticate'] = 'Bearer realm="tripline"';
  return privateJson(body, status, headers);
}

export function writeError(status: number, code: string, message: string, headers: HeadersInit = {}): Response {
  return privateJson({ error: { code, message } } satisfies WriteApiError, status, headers);
}
