/**
 * Copies `text`, or without it the code of the panel the button sits in; `label` names the button for people and
 * tests (it says what is copied). The click is handled by the document script (lib/documents/document-script.ts),
 * on every page alike, buttons a React application adds later included. It runs as soon as the page is parsed.
 */
export function CopyButton({ text, label = 'Copy query' }: { text?: string; label?: string }) {
  return (
    <>
      <button
        type="button"
        aria-label={label}
        data-copy={text ?? ''}
        data-testid="copy-button"
        className="group inline-flex min-w-20 items-center justify-center gap-1.5 rounded-md border border-white/15 bg-white/5 px-2.5 py-1 text-xs font-medium text-slate-200 transition-colors hover:border-white/25 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 data-copied:border-emerald-400/40 data-copied:text-emerald-300"
      >
        <CopyIcon />
        <CheckIcon />
        <span data-copy-label>Copy</span>
      </button>
      {/* The button's name stays "Copy query"; screen readers hear the result here. */}
      <span role="status" className="sr-only" />
    </>
  );
}

function CopyIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      className="size-3.5 group-data-copied:hidden"
    >
      <rect x="5.25" y="5.25" width="8.5" height="8.5" rx="1.5" />
      <path d="M10.75 5.25V3.75a1.5 1.5 0 0 0-1.5-1.5h-5.5a1.5 1.5 0 0 0-1.5 1.5v5.5a1.5 1.5 0 0 0 1.5 1.5h1.5" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      className="hidden size-3.5 group-data-copied:block"
    >
      <path d="m3 8.5 3.25 3.25L13 5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
