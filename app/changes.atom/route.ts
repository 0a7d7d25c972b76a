import { parseFilterParams } from '@/lib/api/params';
import { getDb } from '@/lib/db/client';
import { changesAtom } from '@/lib/feeds/atom';
import { atomResponse } from '@/lib/feeds/atom-response';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';
import { plainBadRequest } from '@/lib/http/plain-bad-request';
import { absolute, publicBase } from '@/lib/public-url';
import { getPublicChanges } from '@/lib/queries/public-changes';
import { describeFilters } from '@/lib/search/describe-filters';
import { toSearchParams } from '@/lib/search/params';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

/** Feed readers poll: the newest 50 changes are what a reader has not seen yet. */
const FEED_ENTRIES = 50;

async function respond(request: Request, withBody: boolean): Promise<Response> {
  const parsed = parseFilterParams(new URL(request.url).searchParams);
  if ('bad' in parsed) return plainBadRequest(parsed.bad.field, parsed.bad.reason);
  if (!withBody) return atomResponse(null);
  const { query } = parsed;
  const { items } = await getPublicChanges(getDb(), query, { pageSize: FEED_ENTRIES });
  const params = toSearchParams(query);
  const base = publicBase();
  return atomResponse(
    changesAtom(items, {
      self: urls.changesFeed(params),
      alternate: urls.search(params),
      filters: describeFilters(query),
      link: (path) => absolute(path, base),
    }),
  );
}

/** Detections added, changed and withdrawn, newest first, filtered like search. */
export function GET(request: Request) {
  return respond(request, true);
}

export function HEAD(request: Request) {
  return respond(request, false);
}
