'use client';

import { useEffect, useRef, useState } from 'react';

const COPIED_FOR_MS = 2000;

// navigator.clipboard exists only in secure contexts (HTTPS, localhost) and can still be refused,
// e.g. when the document lost focus; the old textarea route covers plain-HTTP intranet deployments.
async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Fall through to the textarea route.
    }
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.setAttribute('aria-hidden', 'true');
  // Off to the side rather than display:none, which cannot be selected.
  Object.assign(textarea.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  document.body.appendChild(textarea);
  textarea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
    // Selecting moved focus into the textarea; give it back so keyboard users stay on the button.
    focused?.focus();
  }
}

/** Copies `code`; `label` names the button for people and tests (it says what is copied). */
export function CopyButton({ code, label = 'Copy query' }: { code: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  // Disabled in the server's HTML: a click before hydration would do nothing and say nothing.
  const [ready, setReady] = useState(false);
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    setReady(true);
    return () => clearTimeout(resetTimer.current);
  }, []);

  async function onClick() {
    if (!(await copyText(code))) return;
    setCopied(true);
    clearTimeout(resetTimer.current);
    resetTimer.current = setTimeout(() => setCopied(false), COPIED_FOR_MS);
  }

  return (
    <>
      <button
        type="button"
        onClick={onClick}
        disabled={!ready}
        aria-label={label}
        data-testid="copy-button"
        data-copied={copied ? 'true' : undefined}
        className="inline-flex min-w-20 items-center justify-center gap-1.5 rounded-md border border-white/15 bg-white/5 px-2.5 py-1 text-xs font-medium text-slate-200 transition-colors hover:border-white/25 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 data-copied:border-emerald-400/40 data-copied:text-emerald-300"
      >
        {copied ? <CheckIcon /> : <CopyIcon />}
        <span>{copied ? 'Copied' : 'Copy'}</span>
      </button>
      {/* The button's name stays "Copy query"; screen readers hear the result here. */}
      <span role="status" className="sr-only">
        {copied ? 'Copied to clipboard' : ''}
      </span>
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
      className="size-3.5"
    >
      <rect x="5.25" y="5.25" width="8.5" height="8.5" rx="1.5" />
      <path d="M10.75 5.25V3.75a1.5 1.5 0 0 0-1.5-1.5h-5.5a1.5 1.5 0 0 0-1.5 1.5v5.5a1.5 1.5 0 0 0 1.5 1.5h1.5" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2" className="size-3.5">
      <path d="m3 8.5 3.25 3.25L13 5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
