import { parseFilterParams } from '@/lib/api/params';
import { badRequest, methodNotAllowed, publicAnswer } from '@/lib/api/respond';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { navigatorLayer } from '@/lib/navigator/layer';
import { absolute, publicBase } from '@/lib/public-url';
import { getNavigatorCoverage } from '@/lib/queries/navigator-coverage';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** An ATT&CK Navigator layer (format 4.5) of the published detections matching the search filters. */
export async function GET(request: Request) {
  const parsed = parseFilterParams(new URL(request.url).searchParams);
  if ('bad' in parsed) return badRequest(parsed.bad.field, parsed.bad.reason);
  const base = publicBase();
  const coverage = await getNavigatorCoverage(getDb(), parsed.query);
  return publicAnswer(request, navigatorLayer(coverage, { query: parsed.query, link: (path) => absolute(path, base) }));
}
