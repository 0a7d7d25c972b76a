import type { SnippetPart } from '@/lib/search/snippet';

/** Where the words were found: every part is React text (never HTML), the hits in <mark>. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p className="px-1 text-xs leading-relaxed text-slate-600 break-words" data-testid="search-snippet">
      {parts.map((p, i) =>
        p.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for this render and may repeat
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {p.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
