import type { ReactNode } from 'react';

/** A titled section of a detection page; its id is the anchor and the test hook. */
export function Section({
  id,
  title,
  children,
  aside,
}: {
  id: string;
  title: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <section
      id={id}
      data-testid={`section-${id}`}
      className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-[17px] font-semibold tracking-tight text-slate-900">{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
