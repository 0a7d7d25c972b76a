import { readJsonRequest } from '@/lib/api/json-body';
import { NO_STORE, ok } from '@/lib/api/respond';
import { SIGMA_BODY_LIMIT, sigmaValidateAnswer, sigmaValidateRequest } from '@/lib/api/sigma-validate';

export const dynamic = 'force-dynamic';

/** `{ "sigma": "<rule>" }` -> `{ ok, rules, findings }`, every finding with its YAML path, line and column. */
export async function POST(request: Request) {
  const body = await readJsonRequest(request, SIGMA_BODY_LIMIT, sigmaValidateRequest);
  if (!body.ok) return body.response;
  return ok(sigmaValidateAnswer(body.data), { headers: NO_STORE });
}
