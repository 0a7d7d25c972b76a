'use client';

import { useActionState } from 'react';
import { secondaryButtonClass } from '@/components/ui/form-styles';
import type { RestoreAction } from './history-state';

/** Restores revision `number` as a new revision (history only grows); a refusal is said beside the button. */
export function RestoreButton({ slug, number, action }: { slug: string; number: number; action: RestoreAction }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="revision" value={number} />
      <button
        type="submit"
        disabled={pending}
        className={`${secondaryButtonClass} whitespace-nowrap`}
        aria-label={`Restore revision ${number}`}
      >
        {pending ? 'Restoring…' : 'Restore this revision'}
      </button>
      {state.status === 'error' ? (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
