'use client';
// Where the detection stands (status, review, revision) and what can be done: save, submit, approve. Sticky, so the
// buttons and the last answer stay in view while a long detection is edited.
import Link from 'next/link';
import type { ReactNode } from 'react';

export interface Notice {
  tone: 'ok' | 'error' | 'info';
  text: ReactNode;
}

interface Props {
  title: string;
  status: string;
  reviewState: string;
  revision: number | null;
  dirty: boolean;
  busy: boolean;
  notice: Notice | null;
  canSubmit: boolean;
  approve: { show: boolean; allowed: boolean; why?: string };
  onSave: () => void;
  onSubmit: () => void;
  onApprove: () => void;
  links: Array<{ href: string; label: string }>;
  message: string;
  onMessage: (text: string) => void;
}

const TONE = {
  ok: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  error: 'border-rose-200 bg-rose-50 text-rose-900',
  info: 'border-sky-200 bg-sky-50 text-sky-900',
} as const;

export function EditorToolbar(p: Props) {
  const review = p.reviewState === 'submitted' ? 'waiting for review' : null;
  return (
    <div className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <div className="min-w-0 flex-1">
          <p className="truncate font-semibold text-slate-900">{p.title || 'New detection'}</p>
          <p className="text-xs text-slate-500" data-testid="editor-state">
            <span className="font-medium text-slate-700">{p.status}</span>
            {review ? <span className="text-amber-700"> · {review}</span> : null}
            {p.revision ? ` · revision ${p.revision}` : ' · not saved yet'}
            {p.dirty ? <span className="text-slate-700"> · unsaved changes</span> : null}
            {p.links.map((l) => (
              <span key={l.href}>
                {' · '}
                <Link href={l.href} className="text-brand-700 underline-offset-2 hover:underline">
                  {l.label}
                </Link>
              </span>
            ))}
          </p>
        </div>
        <input
          aria-label="What changed (optional)"
          placeholder="What changed (optional)"
          value={p.message}
          onChange={(e) => p.onMessage(e.target.value)}
          maxLength={500}
          className="w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm focus:border-brand-500 focus:outline-none sm:w-56"
        />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={p.onSave}
            disabled={p.busy}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            Save draft
          </button>
          <button
            type="button"
            onClick={p.onSubmit}
            disabled={p.busy || !p.canSubmit}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:border-brand-500 disabled:opacity-50"
          >
            Submit for review
          </button>
          {p.approve.show ? (
            <button
              type="button"
              onClick={p.onApprove}
              disabled={p.busy || !p.approve.allowed}
              title={p.approve.why}
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50"
            >
              Approve and publish
            </button>
          ) : null}
        </div>
      </div>
      {p.notice ? (
        <div className="mx-auto max-w-6xl px-4 pb-3 sm:px-6">
          <div
            role="status"
            className={`rounded-md border px-3 py-2 text-sm ${TONE[p.notice.tone]}`}
            data-testid="editor-notice"
          >
            {p.notice.text}
          </div>
        </div>
      ) : null}
    </div>
  );
}
