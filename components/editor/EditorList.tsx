// /editor: our own detections, newest change first, with where each stands and who changed it last.
import Link from 'next/link';
import { Badge } from '@/components/ui/Badge';
import type { EditorListRow } from '@/lib/queries/editor-list';
import { urls } from '@/lib/urls';

function when(date: Date | null): string {
  return date ? date.toISOString().slice(0, 16).replace('T', ' ') : '—';
}

function Review({ row }: { row: EditorListRow }) {
  if (row.reviewState === 'submitted') return <Badge tone="medium">waiting for review</Badge>;
  if (row.pendingChange) return <Badge tone="low">unpublished change</Badge>;
  return <span className="text-slate-400">—</span>;
}

export function EditorList({ rows, waiting }: { rows: readonly EditorListRow[]; waiting: boolean }) {
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? 'bg-slate-900 font-medium text-white' : 'text-slate-600 hover:bg-slate-100'}`;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">Detections</h1>
        <Link
          href={urls.editorNew()}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        >
          New detection
        </Link>
      </div>
      <nav aria-label="Filter" className="mt-4 flex gap-2">
        <Link href={urls.editor()} className={tab(!waiting)} aria-current={!waiting ? 'page' : undefined}>
          All
        </Link>
        <Link
          href={`${urls.editor()}?${new URLSearchParams({ waiting: 'me' })}`}
          className={tab(waiting)}
          aria-current={waiting ? 'page' : undefined}
        >
          Waiting for my review
        </Link>
      </nav>
      {rows.length ? (
        <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" data-testid="editor-list">
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Detection</th>
                <th className="px-4 py-2 font-medium">Status</th>
                <th className="px-4 py-2 font-medium">Review</th>
                <th className="px-4 py-2 font-medium">Last changed by</th>
                <th className="px-4 py-2 font-medium">Last change (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.slug} className="border-b border-slate-100 last:border-0 hover:bg-slate-50">
                  <td className="px-4 py-2">
                    <Link href={urls.editor(r.slug)} className="font-medium text-slate-900 hover:text-brand-700">
                      {r.title}
                    </Link>
                    <div className="font-mono text-xs text-slate-500">
                      {r.slug} · r{r.revision}
                    </div>
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={r.status === 'published' ? 'good' : 'neutral'}>{r.status}</Badge>
                  </td>
                  <td className="px-4 py-2">
                    <Review row={r} />
                  </td>
                  <td className="px-4 py-2 text-slate-700">{r.lastAuthor ?? 'content import'}</td>
                  <td className="px-4 py-2 whitespace-nowrap text-slate-600">{when(r.lastChange)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-6 text-slate-600">
          {waiting ? 'Nothing is waiting for your review.' : 'No detections yet: write the first one.'}
        </p>
      )}
    </div>
  );
}
