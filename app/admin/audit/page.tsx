import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminNav } from '@/components/admin/AdminNav';
import { AuditTable } from '@/components/admin/AuditTable';
import { AUDIT_ACTIONS, recentAuditEvents } from '@/lib/auth/audit';
import { auditActionLabel, isAuditAction } from '@/lib/auth/audit-view';
import { canAdminister } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { urls } from '@/lib/urls';
import { requireActor } from '../../_data/actor';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

const SHOWN = 200;
type Props = { searchParams: Promise<{ action?: string | string[] }> };

export default async function AdminAuditPage({ searchParams }: Props) {
  await requireActor(urls.adminAudit(), canAdminister);
  const raw = (await searchParams).action;
  const action = isAuditAction(raw) ? raw : undefined;
  const events = await recentAuditEvents(getDb(), { take: SHOWN, action });
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Administration</h1>
      <AdminNav current="audit" />
      <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-[17px] font-semibold text-slate-900">
            Audit log <span className="text-sm font-normal text-slate-500">(the newest {SHOWN}, newest first)</span>
          </h2>
          <form action={urls.adminAudit()} className="flex items-center gap-2 text-sm">
            <label htmlFor="audit-action" className="text-slate-600">
              Action
            </label>
            <select
              id="audit-action"
              name="action"
              defaultValue={action ?? ''}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              <option value="">all</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {auditActionLabel(a)}
                </option>
              ))}
            </select>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium">
              Show
            </button>
            {action ? (
              <Link href={urls.adminAudit()} className="text-brand-700 underline">
                clear
              </Link>
            ) : null}
          </form>
        </div>
        <AuditTable events={events} />
      </section>
    </div>
  );
}
