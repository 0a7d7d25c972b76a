import { parseFilterParams } from '@/lib/api/params';
import { bundleHeaders } from '@/lib/bundles/bundle-response';
import { rulesBundle } from '@/lib/bundles/rules-bundle';
import { getDb } from '@/lib/db/client';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';
import { plainBadRequest } from '@/lib/http/plain-bad-request';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

function respond(request: Request, withBody: boolean): Response {
  const parsed = parseFilterParams(new URL(request.url).searchParams);
  if ('bad' in parsed) return plainBadRequest(parsed.bad.field, parsed.bad.reason);
  return new Response(withBody ? rulesBundle(getDb(), parsed.query) : null, { headers: bundleHeaders() });
}

/** Every published rule file the search filters match, and manifest.json, as one zip. */
export function GET(request: Request) {
  return respond(request, true);
}

export function HEAD(request: Request) {
  return respond(request, false);
}
