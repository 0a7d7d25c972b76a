import { detectionSummaryJson } from '@/lib/api/detection-json';
import { API_MEMO } from '@/lib/api/memo';
import { paged } from '@/lib/api/paging';
import { parseSearchListParams } from '@/lib/api/params';
import { badRequest, methodNotAllowed, publicAnswer } from '@/lib/api/respond';
import { readJsonBody } from '@/lib/api/write/body';
import { documentAndMessage, savedJson } from '@/lib/api/write/document-json';
import { handleWrite } from '@/lib/api/write/handle';
import { privateJson, writeError } from '@/lib/api/write/respond';
import { memo } from '@/lib/cache/memo';
import { getDb } from '@/lib/db/client';
import { otherMethods } from '@/lib/http/methods';
import { cachedSearch } from '@/lib/search/cached-search';
import { urls } from '@/lib/urls';
import { createDetection } from '@/lib/workflow';

export const dynamic = 'force-dynamic';
const answers = memo<unknown>(API_MEMO);
export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods(['GET', 'HEAD', 'OPTIONS', 'POST'], methodNotAllowed);

/** Published detections, with the same filters and ranking as /search. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseSearchListParams(url.searchParams);
  if ('bad' in parsed) return badRequest(parsed.bad.field, parsed.bad.reason);
  const answer = await answers(url.pathname + url.search, async () => {
    const result = await cachedSearch(getDb(), parsed.query, { pageSize: parsed.pageSize });
    return paged(
      url,
      result.items.map((d) => detectionSummaryJson(d)),
      result,
    );
  });
  return publicAnswer(request, answer);
}

/** Creates a detection as a draft from `{ document, message? }`: 201 with its Location and ETag. */
export async function POST(request: Request) {
  return handleWrite(getDb(), request, async ({ db, actor }) => {
    const body = await readJsonBody(request);
    if (!body.ok) return writeError(body.status, 'bad_request', body.message);
    const { document, message } = documentAndMessage(body.value);
    const saved = await createDetection(db, actor, document, message);
    return privateJson(savedJson(saved), 201, { etag: saved.etag, location: urls.api.source(saved.slug) });
  });
}
