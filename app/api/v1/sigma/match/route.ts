import { readJsonRequest } from '@/lib/api/json-body';
import { apiError, NO_STORE, ok } from '@/lib/api/respond';
import { SIGMA_MATCH_BODY_LIMIT, sigmaMatchAnswer, sigmaMatchRequest } from '@/lib/api/sigma-match';

export const dynamic = 'force-dynamic';

/** `{ sigma, events }` -> each event's match and selections; `{ sigma, samples }` adds the proof. 422 when the rule
 * has errors or the run goes over its budget. */
export async function POST(request: Request) {
  const body = await readJsonRequest(request, SIGMA_MATCH_BODY_LIMIT, sigmaMatchRequest);
  if (!body.ok) return body.response;
  const answer = sigmaMatchAnswer(body.data);
  if (!answer.ok) return apiError(422, answer.code, answer.message, answer.details, NO_STORE);
  return ok(answer.body, { headers: NO_STORE });
}
