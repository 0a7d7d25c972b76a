'use client';

import { useActionState } from 'react';
import { dangerButtonClass } from '@/components/ui/form-styles';
import type { RevokeTokenState } from './token-state';

type Action = (prev: RevokeTokenState, form: FormData) => Promise<RevokeTokenState>;

export function RevokeTokenButton({ id, name, action }: { id: string; name: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={dangerButtonClass} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      {state.status === 'error' ? (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
