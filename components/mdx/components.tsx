import type { ReactNode } from 'react';

// Implements exactly the names in lib/content/mdx-allowed.ts; nothing else renders.
function Callout({ type = 'note', title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const tone = type === 'warning' ? 'border-amber-300 bg-amber-50' : 'border-sky-300 bg-sky-50';
  return (
    <div className={`rounded-lg border-l-4 p-4 ${tone}`}>
      {title ? <p className="font-semibold text-slate-900">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}

function Kbd({ children }: { children?: ReactNode }) {
  return <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{children}</kbd>;
}

export const mdxComponents = { Callout, Kbd };
