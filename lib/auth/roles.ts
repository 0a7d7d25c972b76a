// Who may do what, as named predicates checked on the server. Readers need no account; editors write drafts and
// submit them; reviewers also approve other people's changes (approving publishes); admins also manage accounts.

export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Someone signed in (by session cookie) or calling with a personal API token: the same rules for both. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  via: 'session' | 'token';
}

const rank: Record<Role, number> = { editor: 1, reviewer: 2, admin: 3 };
const atLeast = (actor: Actor | null, role: Role): actor is Actor => !!actor && rank[actor.role] >= rank[role];

/** Write drafts, save revisions, submit for review, see drafts. */
export function canEdit(actor: Actor | null): actor is Actor {
  return atLeast(actor, 'editor');
}

/** Approve (and so publish) a change: a reviewer or admin who did not write it. */
export function canApprove(actor: Actor | null, lastAuthorId: string | null): boolean {
  return atLeast(actor, 'reviewer') && actor.userId !== lastAuthorId;
}

/** An admin may publish their own change, but only by saying so: the revision records it. */
export function canSelfApprove(actor: Actor | null): boolean {
  return atLeast(actor, 'admin');
}

/** Take a published detection off the public site. */
export function canUnpublish(actor: Actor | null): boolean {
  return atLeast(actor, 'reviewer');
}

/** Accounts, roles and the audit log. */
export function canAdminister(actor: Actor | null): actor is Actor {
  return atLeast(actor, 'admin');
}
