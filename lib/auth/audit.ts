// The audit log: who did what, when, from where. Written beside the action it records; read by admins.

import type { Db } from '../db/client';
import type { Prisma } from '../generated/sqlite/client';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'token-created',
  'token-revoked',
  'token-used',
  'user-created',
  'role-changed',
  'user-disabled',
  'user-enabled',
  'detection-created',
  'detection-saved',
  'detection-submitted',
  'detection-approved',
  'detection-unpublished',
  'detection-restored',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  actor?: { userId: string; email: string } | null;
  /** Who or what it was done to: an email, a detection slug, a token name. */
  target?: string;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

type Writer = Pick<Db, 'auditEvent'> | Prisma.TransactionClient;

export async function audit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.userId ?? null,
      actorEmail: entry.actor?.email ?? null,
      target: entry.target ?? null,
      ip: entry.ip ?? null,
      detail: (entry.detail ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

export async function recentAuditEvents(db: Db, options: { take?: number; action?: AuditAction } = {}) {
  return db.auditEvent.findMany({
    where: options.action ? { action: options.action } : {},
    orderBy: { at: 'desc' },
    take: Math.min(options.take ?? 100, 500),
  });
}
