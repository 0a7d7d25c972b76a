'use client';

import { useActionState } from 'react';
import { errorBoxClass, inputClass, labelClass, okBoxClass, primaryButtonClass } from '@/components/ui/form-styles';
import { ROLES } from '@/lib/auth/roles';
import type { AdminAction } from './admin-state';

/** A new account with a password the policy accepts; a refusal says why and keeps what was typed. */
export function AddUserForm({ action }: { action: AdminAction }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="space-y-4" data-testid="add-user-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor="new-email" className={labelClass}>
            Email
          </label>
          <input
            id="new-email"
            name="email"
            type="email"
            required
            autoComplete="off"
            defaultValue={typed.email}
            className={inputClass}
          />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="new-name" className={labelClass}>
            Name <span className="font-normal text-slate-400">(optional)</span>
          </label>
          <input id="new-name" name="name" autoComplete="off" defaultValue={typed.name} className={inputClass} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="new-password" className={labelClass}>
            Password
          </label>
          <input
            id="new-password"
            name="password"
            type="password"
            required
            autoComplete="new-password"
            className={inputClass}
            aria-describedby="new-password-hint"
          />
          <p id="new-password-hint" className="text-xs text-slate-500">
            At least 12 characters and hard to guess: a few unrelated words work well.
          </p>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="new-role" className={labelClass}>
            Role
          </label>
          <select id="new-role" name="role" defaultValue={typed.role ?? 'editor'} className={inputClass}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
      </div>
      {state.status === 'error' ? (
        <p role="alert" className={errorBoxClass}>
          {state.message}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <p role="status" className={okBoxClass}>
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Adding…' : 'Add account'}
      </button>
    </form>
  );
}
