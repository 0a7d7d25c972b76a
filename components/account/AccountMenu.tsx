'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { type Actor, canAdminister, canEdit, isRole } from '@/lib/auth/roles';
import { urls } from '@/lib/urls';

type Who = Pick<Actor, 'email' | 'role'>;
type State = { loaded: false } | { loaded: true; who: Who | null };

const linkClass =
  'whitespace-nowrap rounded-md px-2 py-1.5 text-slate-300 hover:bg-white/10 hover:text-white sm:px-2.5';
// On a phone the header keeps sign-out only: the editor and admin links return from the small breakpoint up.
const wideLinkClass = `${linkClass} hidden sm:inline`;

/**
 * Plain links, like the rest of the header: next/link would fetch the login page's payload on every page view.
 *
 * Who is signed in, asked of the session endpoint from the browser: the public pages are cached for everyone, so
 * the header they share cannot be rendered per person on the server.
 */
export function AccountMenu() {
  const [state, setState] = useState<State>({ loaded: false });
  const pathname = usePathname();

  useEffect(() => {
    let live = true;
    fetch(urls.api.session(), { cache: 'no-store' })
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { user?: { email?: unknown; role?: unknown; disabled?: unknown } } | null) => {
        const user = body?.user;
        const who =
          user && typeof user.email === 'string' && isRole(user.role) && user.disabled !== true
            ? { email: user.email, role: user.role }
            : null;
        if (live) setState({ loaded: true, who });
      })
      .catch(() => live && setState({ loaded: true, who: null }));
    return () => {
      live = false;
    };
  }, []);

  if (!state.loaded) return <div className="min-w-16" aria-hidden="true" />;
  if (!state.who) {
    return (
      <a href={urls.login(pathname === urls.login() ? undefined : pathname)} className={linkClass}>
        Sign in
      </a>
    );
  }
  const who = state.who;
  const actor = { ...who, userId: '', name: '', via: 'session' as const };
  return (
    <div className="flex items-center gap-1 text-sm" data-testid="account-menu">
      {canEdit(actor) ? (
        <a href={urls.editor()} className={wideLinkClass}>
          Editor
        </a>
      ) : null}
      {canAdminister(actor) ? (
        <a href={urls.adminUsers()} className={wideLinkClass}>
          Admin
        </a>
      ) : null}
      <a
        href={urls.accountTokens()}
        className={`${linkClass} hidden max-w-64 truncate lg:inline`}
        title="Your account and API tokens"
        data-testid="signed-in-as"
      >
        {who.email} <span className="text-slate-400">({who.role})</span>
      </a>
      <form method="post" action={urls.logout()}>
        <button type="submit" className={`${linkClass} cursor-pointer`}>
          Sign out
        </button>
      </form>
    </div>
  );
}
