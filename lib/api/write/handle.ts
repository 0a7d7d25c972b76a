// The frame of every write API route: who is asking (token or session, with the cross-site check), then the work,
// with a refused workflow step turned into its status. Routes stay a few lines: parse, call lib/workflow, answer.

import { actorOfRequest } from '../../auth/request-actor';
import type { Actor } from '../../auth/roles';
import type { Db } from '../../db/client';
import { CLIENT_ADDRESS_HEADER } from '../../http/node-request-hook';
import { WorkflowError } from '../../workflow';
import { workflowErrorResponse, writeError } from './respond';

export interface WriteContext {
  db: Db;
  actor: Actor | null;
  ip: string | null;
}

export async function handleWrite(
  db: Db,
  request: Request,
  work: (ctx: WriteContext) => Promise<Response>,
): Promise<Response> {
  const ip = request.headers.get(CLIENT_ADDRESS_HEADER);
  const who = await actorOfRequest(db, request, ip);
  if (!who.ok) return writeError(who.status, who.status === 401 ? 'unauthenticated' : 'forbidden', who.message);
  try {
    return await work({ db, actor: who.actor, ip });
  } catch (error) {
    if (error instanceof WorkflowError) return workflowErrorResponse(error);
    throw error;
  }
}

export { slugParam } from '../../routes/params';

export function noSuchDetection(): Response {
  return writeError(404, 'not_found', 'No such detection.');
}
