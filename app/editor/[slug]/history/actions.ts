'use server';

import { redirect } from 'next/navigation';
import type { RestoreState } from '@/components/history/history-state';
import { getDb } from '@/lib/db/client';
import { slugParam } from '@/lib/routes/params';
import { urls } from '@/lib/urls';
import { restoreRevision, type Saved, WorkflowError } from '@/lib/workflow';
import { actionActor } from '../../../_data/actor';

/** The same path as POST .../restore?revision=N: lib/workflow checks who may, and writes a new revision. */
export async function restoreAction(_prev: RestoreState, form: FormData): Promise<RestoreState> {
  const slug = slugParam(String(form.get('slug') ?? ''));
  const raw = String(form.get('revision') ?? '');
  if (!slug || !/^[1-9]\d{0,8}$/.test(raw)) return { status: 'error', message: 'No such revision.' };
  const number = Number(raw);
  let saved: Saved;
  try {
    saved = await restoreRevision(getDb(), await actionActor(), slug, number);
  } catch (error) {
    if (error instanceof WorkflowError) return { status: 'error', message: `Not restored: ${error.message}.` };
    throw error;
  }
  if (saved.outcome === 'unchanged') {
    return { status: 'error', message: `Revision ${number} is what the newest revision already holds.` };
  }
  // The new revision beside the one it replaced: what the restore changed.
  redirect(urls.history(slug, { from: saved.revision - 1, to: saved.revision }));
}
