import type { ReactNode } from 'react';

/** One card of the editor, with a heading people and tests find it by. */
export function EditorSection({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {hint ? <p className="mt-0.5 text-sm text-slate-500">{hint}</p> : null}
      <div className="mt-3 space-y-4">{children}</div>
    </section>
  );
}
