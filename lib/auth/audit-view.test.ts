import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from './audit';
import { auditActionLabel, auditDetail, isAuditAction } from './audit-view';

describe('the audit view', () => {
  it('names every action, and shows an unknown one as it is', () => {
    for (const action of AUDIT_ACTIONS) expect(auditActionLabel(action)).not.toBe(action);
    expect(auditActionLabel('something-new')).toBe('something-new');
    expect(isAuditAction('sign-in')).toBe(true);
    expect(isAuditAction('drop-table')).toBe(false);
  });

  it('says what the detail adds', () => {
    expect(auditDetail('role-changed', { from: 'editor', to: 'reviewer' })).toBe('editor → reviewer');
    expect(auditDetail('user-created', { role: 'admin' })).toBe('as admin');
    expect(auditDetail('detection-approved', { revision: 3, selfApproved: true })).toBe(
      'revision 3, own change, said so',
    );
    expect(auditDetail('detection-saved', { revision: 2, message: 'tuned' })).toBe('revision 2, “tuned”');
    expect(auditDetail('sign-in-failed', { reason: 'throttled' })).toBe('throttled: too many failures');
    expect(auditDetail('sign-in-failed', { reason: 'throttled', limit: 'account-address' })).toBe(
      'throttled: too many failures to this account from this address',
    );
    expect(auditDetail('sign-in-failed', { status: 401 })).toBe('answered 401');
    expect(auditDetail('sign-in-failed', { status: 401, reason: 'account-disabled' })).toBe(
      'the password was right, but the account is disabled',
    );
    expect(auditDetail('sign-in', null)).toBe('');
  });
});
