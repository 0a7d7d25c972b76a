import { readJsonRequest } from '@/lib/api/json-body';
import { NO_STORE, ok } from '@/lib/api/respond';
import { SIGMA_CONVERT_BODY_LIMIT, sigmaConvertAnswer, sigmaConvertRequest } from '@/lib/api/sigma-convert';

export const dynamic = 'force-dynamic';

/** `{ "sigma": "<rule>", "targets"?: ["qradar", ...] }` -> each rule's query per SIEM with its gap report. */
export async function POST(request: Request) {
  const body = await readJsonRequest(request, SIGMA_CONVERT_BODY_LIMIT, sigmaConvertRequest);
  if (!body.ok) return body.response;
  return ok(sigmaConvertAnswer(body.data), { headers: NO_STORE });
}
