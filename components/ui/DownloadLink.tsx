import type { ReactNode } from 'react';

// A plain link, not a script: the download works without JavaScript, and a right click copies its URL.
export function DownloadLink({
  href,
  children,
  testId,
  download = true,
}: {
  href: string;
  children: ReactNode;
  testId?: string;
  /** The name to save as; true keeps the server's. */
  download?: boolean | string;
}) {
  return (
    <a
      href={href}
      download={download === false ? undefined : download}
      data-testid={testId}
      className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-200 hover:text-brand-700 hover:ring-brand-500"
    >
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor">
        <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {children}
    </a>
  );
}
