'use client';

import { useActionState } from 'react';
import { dangerButtonClass, secondaryButtonClass } from '@/components/ui/form-styles';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { AdminAction } from './admin-state';

/** One account's role picker and its disable/enable button, each a form of its own with its own answer. */
export function UserControls({
  id,
  email,
  role,
  disabled,
  setRole,
  setDisabled,
}: {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  setRole: AdminAction;
  setDisabled: AdminAction;
}) {
  const [roleState, roleAction, rolePending] = useActionState(setRole, { status: 'idle' });
  const [stateState, stateAction, statePending] = useActionState(setDisabled, { status: 'idle' });
  const answer = [roleState, stateState].find((s) => s.status !== 'idle');
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <form action={roleAction} className="flex items-center gap-2">
        <input type="hidden" name="id" value={id} />
        <label className="sr-only" htmlFor={`role-${id}`}>
          Role of {email}
        </label>
        <select
          id={`role-${id}`}
          name="role"
          defaultValue={role}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button
          type="submit"
          disabled={rolePending}
          className={secondaryButtonClass}
          aria-label={`Save role of ${email}`}
        >
          Save role
        </button>
      </form>
      <form action={stateAction}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
        <button
          type="submit"
          disabled={statePending}
          className={disabled ? secondaryButtonClass : dangerButtonClass}
          aria-label={`${disabled ? 'Enable' : 'Disable'} ${email}`}
        >
          {disabled ? 'Enable' : 'Disable'}
        </button>
      </form>
      {answer && 'message' in answer ? (
        <p
          role={answer.status === 'error' ? 'alert' : 'status'}
          className={`basis-full text-right text-xs ${answer.status === 'error' ? 'text-red-700' : 'text-emerald-700'}`}
        >
          {answer.message}
        </p>
      ) : null}
    </div>
  );
}
