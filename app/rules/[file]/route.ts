import { getDb } from '@/lib/db/client';
import { getRuleFile } from '@/lib/queries/rule-file';
import { ruleNameFromFile } from '@/lib/rules/rule-name';
import { etagMatches, ruleHeaders } from '@/lib/rules/rule-response';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ file: string }> };

async function respond(request: Request, { params }: Ctx, withBody: boolean): Promise<Response> {
  const name = ruleNameFromFile((await params).file);
  const rule = name ? await getRuleFile(getDb(), name) : null;
  if (!rule)
    return new Response('No such rule.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const body = Buffer.from(rule.yaml, 'utf8');
  const headers = ruleHeaders(rule, body.byteLength);
  if (etagMatches(request.headers.get('if-none-match'), rule.sha256))
    return new Response(null, { status: 304, headers });
  return new Response(withBody ? body : null, { status: 200, headers });
}

export function GET(request: Request, ctx: Ctx) {
  return respond(request, ctx, true);
}

// GET's status and headers without the body. (Next streams route bodies chunked and drops Content-Length
// on the wire, for GET as for HEAD; the ETag is what clients use to tell versions apart.)
export function HEAD(request: Request, ctx: Ctx) {
  return respond(request, ctx, false);
}
