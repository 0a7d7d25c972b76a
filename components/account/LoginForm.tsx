'use client';

import { type FormEvent, useEffect, useState } from 'react';
import { errorBoxClass, inputClass, labelClass, primaryButtonClass } from '@/components/ui/form-styles';
import { signInErrorMessage } from '@/lib/auth/sign-in-message';
import { urls } from '@/lib/urls';

/** Email and password to better-auth's endpoint (throttled); on success, a full load of `next` (checked by the page). */
export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // Disabled in the server's HTML: before hydration a click would submit the plain form instead of signing in.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError('');
    try {
      const res = await fetch(urls.api.signIn(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }),
      });
      if (res.ok) {
        // A full load, so the header and every server-rendered page see the new session.
        window.location.assign(next);
        return;
      }
      setError(signInErrorMessage(res.status, await res.json().catch(() => null)));
    } catch {
      setError('The portal did not answer. Check your connection and try again.');
    }
    setBusy(false);
  }

  return (
    // method="post": should the plain form ever be submitted, the password does not end up in the address bar.
    <form onSubmit={onSubmit} method="post" className="space-y-4" data-testid="login-form">
      {error ? (
        <p role="alert" className={errorBoxClass} data-testid="login-error">
          {error}
        </p>
      ) : null}
      <div className="space-y-1.5">
        <label htmlFor="login-email" className={labelClass}>
          Email
        </label>
        <input id="login-email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="login-password" className={labelClass}>
          Password
        </label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={busy || !ready} className={`${primaryButtonClass} w-full`}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
