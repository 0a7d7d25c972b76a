import { formatWhen } from '@/components/ui/format-when';
import { type AuditRow, auditActionLabel, auditDetail } from '@/lib/auth/audit-view';

/** The audit log, newest first: when, who, what, to what, from where. */
export function AuditTable({ events }: { events: AuditRow[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="audit-table">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2 pr-4 font-medium">When</th>
            <th className="py-2 pr-4 font-medium">Who</th>
            <th className="py-2 pr-4 font-medium">What</th>
            <th className="py-2 pr-4 font-medium">Target</th>
            <th className="py-2 font-medium">From</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {events.map((e) => {
            const detail = auditDetail(e.action, e.detail);
            return (
              <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                <td className="whitespace-nowrap py-2 pr-4 font-mono text-xs text-slate-500">{formatWhen(e.at)}</td>
                <td className="py-2 pr-4 text-slate-800">{e.actorEmail ?? '—'}</td>
                <td className="py-2 pr-4">
                  <span className="font-medium text-slate-900">{auditActionLabel(e.action)}</span>
                  {detail ? <span className="block text-xs text-slate-500">{detail}</span> : null}
                </td>
                <td className="break-all py-2 pr-4 text-slate-700">{e.target ?? '—'}</td>
                <td className="whitespace-nowrap py-2 font-mono text-xs text-slate-500">{e.ip ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
