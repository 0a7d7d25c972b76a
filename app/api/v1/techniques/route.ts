import { paged } from '@/lib/api/paging';
import { parseListParams } from '@/lib/api/params';
import { badRequest, methodNotAllowed, publicAnswer } from '@/lib/api/respond';
import { techniqueSummaryJson } from '@/lib/api/technique-json';
import { getDb } from '@/lib/db/client';
import { otherMethods, READ_ONLY } from '@/lib/http/methods';
import { listTechniques } from '@/lib/queries/technique-list';

export const dynamic = 'force-dynamic';
export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods(READ_ONLY, methodNotAllowed);

/** Active ATT&CK techniques, optionally of one tactic (`?tactic=exfiltration`). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseListParams(url.searchParams, ['tactic', 'page']);
  if ('bad' in parsed) return badRequest(parsed.bad.field, parsed.bad.reason);
  const { query, pageSize } = parsed;
  const result = await listTechniques(getDb(), { tactic: query.tactic, page: query.page, pageSize });
  return publicAnswer(
    request,
    paged(
      url,
      result.items.map((t) => techniqueSummaryJson(t)),
      result,
    ),
  );
}
