// Who is signed in, for pages and server actions: the session cookie read once per render (React's cache), and the
// guards of the pages that need someone. Permissions themselves are lib/auth/roles.ts predicates.
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Actor } from '@/lib/auth/roles';
import { headersFromOurOrigin } from '@/lib/auth/same-origin';
import { actorOfHeaders } from '@/lib/auth/session-actor';
import { getDb } from '@/lib/db/client';
import { urls } from '@/lib/urls';

export const currentActor = cache(async (): Promise<Actor | null> => actorOfHeaders(getDb(), await headers()));

/**
 * The signed-in person a page needs, allowed by `may`: nobody signed in goes to the sign-in page (and comes back
 * to `here` afterwards); someone without the permission gets the 403 page.
 */
export async function requireActor(here: string, may: (actor: Actor | null) => boolean = Boolean): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(urls.login(here));
  if (!may(actor)) forbidden();
  return actor;
}

/**
 * The actor of a server action: a session cookie sent from our own pages (the same cross-site check as the write
 * API's), or null. Each action then asks its permission of lib/auth/roles.ts.
 */
export async function actionActor(): Promise<Actor | null> {
  const h = await headers();
  if (!headersFromOurOrigin(h)) return null;
  return actorOfHeaders(getDb(), h);
}
