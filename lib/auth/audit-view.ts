// The audit log as admins read it at /admin/audit: each event in a sentence, from its action and detail.
import { AUDIT_ACTIONS, type AuditAction } from './audit';

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actorEmail: string | null;
  target: string | null;
  ip: string | null;
  detail: unknown;
}

const LABELS: Record<AuditAction, string> = {
  'sign-in': 'Signed in',
  'sign-in-failed': 'Failed sign-in',
  'sign-out': 'Signed out',
  'token-created': 'Created an API token',
  'token-revoked': 'Revoked an API token',
  'token-used': 'Used an API token',
  'user-created': 'Added an account',
  'role-changed': 'Changed a role',
  'user-disabled': 'Disabled an account',
  'user-enabled': 'Enabled an account',
  'detection-created': 'Created a detection',
  'detection-saved': 'Saved a detection',
  'detection-submitted': 'Submitted for review',
  'detection-approved': 'Approved and published',
  'detection-unpublished': 'Unpublished a detection',
  'detection-restored': 'Restored a revision',
};

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export const auditActionLabel = (action: string) => (isAuditAction(action) ? LABELS[action] : action);

// Which limit of lib/auth/sign-in-throttle.ts refused.
const THROTTLED_BY: Record<string, string> = {
  'account-address': ' to this account from this address',
  address: ' from this address',
  account: ' to this account from many addresses',
};

/** What the detail adds, in words: the roles of a change, the revision saved, why a sign-in failed. */
export function auditDetail(action: string, detail: unknown): string {
  const d = detail && typeof detail === 'object' ? (detail as Record<string, unknown>) : {};
  const parts: string[] = [];
  if (action === 'role-changed' && typeof d.from === 'string' && typeof d.to === 'string') {
    parts.push(`${d.from} → ${d.to}`);
  }
  if (action === 'user-created' && typeof d.role === 'string') parts.push(`as ${d.role}`);
  if (typeof d.revision === 'number') parts.push(`revision ${d.revision}`);
  if (d.selfApproved === true) parts.push('own change, said so');
  if (typeof d.message === 'string' && d.message) parts.push(`“${d.message}”`);
  if (d.reason === 'throttled') parts.push(`throttled: too many failures${THROTTLED_BY[String(d.limit)] ?? ''}`);
  else if (d.reason === 'account-disabled') parts.push('the password was right, but the account is disabled');
  else if (typeof d.status === 'number') parts.push(`answered ${d.status}`);
  return parts.join(', ');
}
