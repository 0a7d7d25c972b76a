'use server';

import { revalidatePath } from 'next/cache';
import type { AdminFormState } from '@/components/admin/admin-state';
import { type Actor, canAdminister, isRole } from '@/lib/auth/roles';
import { AccountError, addUser, setDisabled, setRole } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { urls } from '@/lib/urls';
import { actionActor } from '../_data/actor';

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

/** Runs `work` for an admin signed in from our own pages; an AccountError becomes its message on the form. */
async function asAdmin(
  work: (admin: Actor) => Promise<string>,
  values?: Record<string, string>,
): Promise<AdminFormState> {
  const actor = await actionActor();
  if (!canAdminister(actor)) return { status: 'error', message: 'Only admins manage accounts: sign in as one.' };
  try {
    const message = await work(actor);
    revalidatePath(urls.adminUsers());
    return { status: 'done', message };
  } catch (error) {
    if (error instanceof AccountError) return { status: 'error', message: `Refused: ${error.message}.`, values };
    throw error;
  }
}

export async function addUserAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  const typed = { email: field(form, 'email'), name: field(form, 'name'), role: field(form, 'role') };
  return asAdmin(async (admin) => {
    await addUser(getDb(), { ...typed, password: field(form, 'password') }, admin);
    return `Added ${typed.email.trim().toLowerCase()} as ${typed.role}.`;
  }, typed);
}

export async function setRoleAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asAdmin(async (admin) => {
    const role = field(form, 'role');
    if (!isRole(role)) throw new AccountError('UNKNOWN_ROLE', `"${role}" is not a role (editor, reviewer, admin)`);
    await setRole(getDb(), field(form, 'id'), role, admin);
    return `Role changed to ${role}.`;
  });
}

export async function setDisabledAction(_prev: AdminFormState, form: FormData): Promise<AdminFormState> {
  return asAdmin(async (admin) => {
    const disabled = field(form, 'disabled') === 'true';
    await setDisabled(getDb(), field(form, 'id'), disabled, admin);
    return disabled ? 'Disabled: its sessions and tokens stopped working.' : 'Enabled.';
  });
}
