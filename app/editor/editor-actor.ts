// Every editor page starts here: the signed-in editor, or the sign-in page for anyone else (checked on the server).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { canEdit } from '@/lib/auth/roles';
import { actorOfHeaders } from '@/lib/auth/session-actor';
import { getDb } from '@/lib/db/client';
import { urls } from '@/lib/urls';

export async function requireEditor() {
  const actor = await actorOfHeaders(getDb(), await headers());
  // Every role may edit today; a role that may not would be sent to sign in as someone who may.
  if (!canEdit(actor)) redirect(urls.login());
  return actor;
}
