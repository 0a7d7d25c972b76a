import { parseFilterParams } from '@/lib/api/params';
import { bundleHeaders, bundlesBusy } from '@/lib/bundles/bundle-response';
import { releasingStream, takeBundleSlot } from '@/lib/bundles/bundle-slots';
import { rulesBundle } from '@/lib/bundles/rules-bundle';
import { getDb } from '@/lib/db/client';
import { otherMethods, plainMethodNotAllowed, READ_ONLY } from '@/lib/http/methods';
import { plainBadRequest } from '@/lib/http/plain-bad-request';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, plainMethodNotAllowed);

function respond(request: Request, withBody: boolean): Response {
  const parsed = parseFilterParams(new URL(request.url).searchParams);
  if ('bad' in parsed) return plainBadRequest(parsed.bad.field, parsed.bad.reason);
  if (!withBody) return new Response(null, { headers: bundleHeaders() });
  const release = takeBundleSlot();
  if (!release) return bundlesBusy();
  return new Response(releasingStream(rulesBundle(getDb(), parsed.query), release), { headers: bundleHeaders() });
}

/** Every published rule file the search filters match, and manifest.json, as one zip. */
export function GET(request: Request) {
  return respond(request, true);
}

export function HEAD(request: Request) {
  return respond(request, false);
}
