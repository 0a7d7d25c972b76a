'use client';

import { useActionState } from 'react';
import { CopyButton } from '@/components/code/CopyButton';
import { errorBoxClass, inputClass, labelClass, primaryButtonClass } from '@/components/ui/form-styles';
import type { CreateTokenState } from './token-state';

type Action = (prev: CreateTokenState, form: FormData) => Promise<CreateTokenState>;

/** Names and makes a token; the new token is shown here once, with a copy button, and never again. */
export function CreateTokenForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1.5">
          <label htmlFor="token-name" className={labelClass}>
            Token name
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={80}
            placeholder="CI pipeline"
            autoComplete="off"
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? 'Creating…' : 'Create token'}
        </button>
      </form>
      {state.status === 'error' ? (
        <p role="alert" className={errorBoxClass}>
          {state.message}
        </p>
      ) : null}
      {state.status === 'created' ? (
        <div role="status" className="rounded-lg bg-ink p-4 text-sm text-slate-200" data-testid="new-token">
          <p>
            Your new token <strong className="text-white">{state.name}</strong>. Copy it now: it is shown only this
            once, and Tripline keeps only its hash.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <code
              className="min-w-0 flex-1 break-all rounded bg-white/5 px-2 py-1.5 font-mono text-[13px] text-emerald-300"
              data-testid="new-token-value"
            >
              {state.token}
            </code>
            <CopyButton text={state.token} label="Copy token" />
          </div>
          <p className="mt-3 text-slate-400">
            Send it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.
          </p>
        </div>
      ) : null}
    </div>
  );
}
