import { API_MEMO } from '@/lib/api/memo';
import { parseFilterParams } from '@/lib/api/params';
import { badRequest, methodNotAllowed, publicAnswer } from '@/lib/api/respond';
import { memo } from '@/lib/cache/memo';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { navigatorLayer } from '@/lib/navigator/layer';
import { absolute, publicBase } from '@/lib/public-url';
import { getNavigatorCoverage } from '@/lib/queries/navigator-coverage';

export const dynamic = 'force-dynamic';
const answers = memo<unknown>(API_MEMO);
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** An ATT&CK Navigator layer (format 4.5) of the published detections matching the search filters. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseFilterParams(url.searchParams);
  if ('bad' in parsed) return badRequest(parsed.bad.field, parsed.bad.reason);
  const base = publicBase();
  // The links are absolute when TRIPLINE_URL names the public base, so the answer depends on it too.
  const layer = await answers(`${base}\n${url.pathname}${url.search}`, async () => {
    const coverage = await getNavigatorCoverage(getDb(), parsed.query);
    return navigatorLayer(coverage, { query: parsed.query, link: (path) => absolute(path, base) });
  });
  return publicAnswer(request, layer);
}
