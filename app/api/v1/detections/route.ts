import { detectionSummaryJson } from '@/lib/api/detection-json';
import { paged } from '@/lib/api/paging';
import { ALL_SEARCH_FIELDS, parseListParams } from '@/lib/api/params';
import { badRequest, ok } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { searchDetections } from '@/lib/search/search-detections';

export const dynamic = 'force-dynamic';

/** Published detections, with the same filters and ranking as /search. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseListParams(url.searchParams, ALL_SEARCH_FIELDS);
  if ('bad' in parsed) return badRequest(parsed.bad.field, parsed.bad.reason);
  const result = await searchDetections(getDb(), parsed.query, { pageSize: parsed.pageSize });
  return ok(
    paged(
      url,
      result.items.map((d) => detectionSummaryJson(d)),
      result,
    ),
  );
}
