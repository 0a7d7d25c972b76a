// The editor talks to the write API a pipeline uses (no private shortcut): each call answers what happened in a shape
// the editor acts on, with the 422's findings and the 412's current ETag kept.
import type { DetectionDocument } from '@/lib/detections/document';
import type { DocumentFinding } from '@/lib/detections/findings';
import { urls } from '@/lib/urls';

export type WriteOutcome =
  | { ok: true; status: number; etag: string | null; body: Record<string, unknown> }
  | { ok: false; status: number; message: string; findings: DocumentFinding[]; etag: string | null };

async function call(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<WriteOutcome> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: 'Tripline could not be reached: nothing was saved.',
      findings: [],
      etag: null,
    };
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown> & {
    error?: { message?: string; findings?: DocumentFinding[] };
  };
  const etag = res.headers.get('etag');
  if (res.ok) return { ok: true, status: res.status, etag, body: json };
  return {
    ok: false,
    status: res.status,
    message: json.error?.message ?? `Tripline answered ${res.status}`,
    findings: json.error?.findings ?? [],
    etag,
  };
}

export const createDetection = (document: unknown, message: string) =>
  call(urls.api.detections(), 'POST', { document, message });

export const saveDetection = (slug: string, document: unknown, message: string, etag: string) =>
  call(urls.api.source(slug), 'PUT', { document, message }, { 'if-match': etag });

export const submitDetection = (slug: string) => call(urls.api.submit(slug), 'POST');

// The ETag of the revision on screen, always: the API publishes exactly that one, refuses another saved since (412),
// and refuses an approval that names none (428).
export const approveDetection = (slug: string, etag: string) =>
  call(urls.api.approve(slug), 'POST', {}, { 'if-match': etag });

export interface SourceMeta {
  slug: string;
  status: string;
  reviewState: string;
  headRevision: number;
  publishedRevision: number | null;
  submittedBy: string | null;
}

export async function loadSource(slug: string) {
  const outcome = await call(urls.api.source(slug), 'GET');
  if (!outcome.ok) return outcome;
  const body = outcome.body as { document: DetectionDocument; meta: SourceMeta };
  return { ...outcome, document: body.document, meta: body.meta };
}
