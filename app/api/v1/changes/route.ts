import { API_MEMO } from '@/lib/api/memo';
import { paged } from '@/lib/api/paging';
import { parseListParams, WHOLE_CATALOG_FIELDS } from '@/lib/api/params';
import { badRequest, methodNotAllowed, publicAnswer } from '@/lib/api/respond';
import { memo } from '@/lib/cache/memo';
import { getDb } from '@/lib/db/client';
import { changeJson } from '@/lib/feeds/change-json';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { getPublicChanges } from '@/lib/queries/public-changes';

export const dynamic = 'force-dynamic';
const answers = memo<unknown>(API_MEMO);
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** Detections added, changed and withdrawn, newest first, filtered like search, paged like every list. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseListParams(url.searchParams, [...WHOLE_CATALOG_FIELDS, 'page']);
  if ('bad' in parsed) return badRequest(parsed.bad.field, parsed.bad.reason);
  const { query, pageSize } = parsed;
  const answer = await answers(url.pathname + url.search, async () => {
    const { total, items } = await getPublicChanges(getDb(), query, { pageSize });
    return paged(url, items.map(changeJson), { total, page: query.page, pageSize });
  });
  return publicAnswer(request, answer);
}
