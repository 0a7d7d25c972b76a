import type { ReactNode } from 'react';
import { formatWhen } from '@/components/ui/format-when';

export interface RevisionRow {
  number: number;
  channel: string;
  message: string;
  createdAt: string;
  author: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  selfApproved: boolean;
  published: boolean;
}

/**
 * Every revision, newest first, with radio buttons choosing the two to compare (a plain GET form: the comparison is
 * an address to share) and, where allowed, `restore` for each.
 */
export function RevisionList({
  revisions,
  compare,
  action,
  head,
  restore,
}: {
  revisions: RevisionRow[];
  compare: { from: number; to: number } | null;
  action: string;
  head: number;
  restore: (number: number) => ReactNode;
}) {
  // The compare form stands apart and its radio buttons join it by id: each restore button is a form of its own,
  // and forms cannot nest.
  const formId = 'compare-revisions';
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="revision-list">
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="py-2 pr-3 font-medium">Rev.</th>
              <th className="py-2 pr-3 font-medium">
                <span className="sr-only">Compare </span>From
              </th>
              <th className="py-2 pr-3 font-medium">
                <span className="sr-only">Compare </span>To
              </th>
              <th className="py-2 pr-3 font-medium">Change</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {revisions.map((r) => (
              <tr key={r.number} data-testid="revision-row" data-revision={r.number}>
                <td className="py-3 pr-3 font-mono font-semibold text-slate-900">{r.number}</td>
                <td className="py-3 pr-3">
                  <input
                    type="radio"
                    name="from"
                    form={formId}
                    value={r.number}
                    defaultChecked={compare?.from === r.number}
                    aria-label={`Compare from revision ${r.number}`}
                  />
                </td>
                <td className="py-3 pr-3">
                  <input
                    type="radio"
                    name="to"
                    form={formId}
                    value={r.number}
                    defaultChecked={compare?.to === r.number}
                    aria-label={`Compare to revision ${r.number}`}
                  />
                </td>
                <td className="py-3 pr-3">
                  <p className="font-medium text-slate-900">
                    {r.message || <em className="text-slate-500">no message</em>}
                  </p>
                  <p className="mt-0.5 text-xs text-slate-500">
                    {r.author ?? 'imported'} · {formatWhen(r.createdAt)} · {r.channel}
                  </p>
                  <p className="mt-1 flex flex-wrap gap-1.5">
                    {r.number === head ? (
                      <Mark tone="slate" name="newest">
                        newest
                      </Mark>
                    ) : null}
                    {r.published ? (
                      <Mark tone="green" name="published">
                        published
                      </Mark>
                    ) : null}
                    {r.approvedBy ? (
                      <Mark tone="blue" name="approved">
                        {r.selfApproved ? 'self-approved' : 'approved'} by {r.approvedBy}
                        {r.approvedAt ? `, ${formatWhen(r.approvedAt)}` : ''}
                      </Mark>
                    ) : null}
                  </p>
                  {r.number === head ? null : <div className="mt-2">{restore(r.number)}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form id={formId} action={action} method="get" className="mt-3 flex justify-end">
        <button
          type="submit"
          className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white hover:bg-slate-800"
        >
          Compare selected
        </button>
      </form>
    </div>
  );
}

const TONES = {
  slate: 'bg-slate-100 text-slate-700',
  green: 'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200',
  blue: 'bg-sky-50 text-sky-800 ring-1 ring-sky-200',
} as const;

function Mark({ tone, name, children }: { tone: keyof typeof TONES; name: string; children: ReactNode }) {
  return (
    <span data-testid={`mark-${name}`} className={`rounded px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
