import { urls } from '../urls';
import { type Actor, canAdminister, canEdit } from './roles';

// The header's account menu as data, decided here by the named permissions and drawn in the browser by the document
// script (lib/documents/document-script.ts): the pages are cached for everyone, so no page can say who is reading.

export interface AccountMenu {
  signIn: string;
  account: null | {
    email: string;
    role: string;
    tokens: string;
    signOut: string;
    /** The applications this person may open. */
    links: Array<{ href: string; label: string }>;
  };
}

export function accountMenu(actor: Actor | null): AccountMenu {
  if (!actor) return { signIn: urls.login(), account: null };
  const links = [
    ...(canEdit(actor) ? [{ href: urls.editor(), label: 'Editor' }] : []),
    ...(canAdminister(actor) ? [{ href: urls.adminUsers(), label: 'Admin' }] : []),
  ];
  return {
    signIn: urls.login(),
    account: { email: actor.email, role: actor.role, tokens: urls.accountTokens(), signOut: urls.logout(), links },
  };
}
