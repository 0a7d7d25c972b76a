import { detectionSummaryJson } from '@/lib/api/detection-json';
import { paged } from '@/lib/api/paging';
import { ALL_SEARCH_FIELDS, parseListParams } from '@/lib/api/params';
import { badRequest, methodNotAllowed, ok } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { cachedSearch } from '@/lib/search/cached-search';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** Published detections, with the same filters and ranking as /search. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseListParams(url.searchParams, ALL_SEARCH_FIELDS);
  if ('bad' in parsed) return badRequest(parsed.bad.field, parsed.bad.reason);
  const result = await cachedSearch(getDb(), parsed.query, { pageSize: parsed.pageSize });
  return ok(
    paged(
      url,
      result.items.map((d) => detectionSummaryJson(d)),
      result,
    ),
  );
}
