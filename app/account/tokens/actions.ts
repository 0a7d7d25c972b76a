'use server';

import { revalidatePath } from 'next/cache';
import type { CreateTokenState, RevokeTokenState } from '@/components/account/token-state';
import { checkTokenName, createToken, revokeToken } from '@/lib/auth/tokens';
import { getDb } from '@/lib/db/client';
import { urls } from '@/lib/urls';
import { actionActor } from '../../_data/actor';

const SIGNED_OUT = 'Sign in again: your session has ended, or this request did not come from Tripline.';

/** Makes a token for the person signed in; the token itself is in the answer, once, and nowhere else. */
export async function createTokenAction(_prev: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const actor = await actionActor();
  if (!actor) return { status: 'error', message: SIGNED_OUT };
  const name = checkTokenName(form.get('name'));
  if (!name.ok) return { status: 'error', message: name.message };
  const { token } = await createToken(getDb(), actor.userId, name.name);
  revalidatePath(urls.accountTokens());
  return { status: 'created', name: name.name, token };
}

/** Revokes one of the signed-in person's own tokens (someone else's id matches nothing). */
export async function revokeTokenAction(_prev: RevokeTokenState, form: FormData): Promise<RevokeTokenState> {
  const actor = await actionActor();
  if (!actor) return { status: 'error', message: SIGNED_OUT };
  const revoked = await revokeToken(getDb(), actor.userId, String(form.get('id') ?? ''));
  revalidatePath(urls.accountTokens());
  return revoked ? { status: 'revoked' } : { status: 'error', message: 'No such token of yours, or already revoked.' };
}
