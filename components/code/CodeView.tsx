import type { CSSProperties } from 'react';
import { codeHtml, paletteVars } from '@/lib/highlight/code-html';
import { codeLines, decodeRuns, joinLines, type Segment } from '@/lib/highlight/runs';
import { CopyButton } from './CopyButton';

export interface CodeViewProps {
  code: string;
  lang: string;
  label: string;
  filename?: string;
  /** From highlightRuns(): a few bytes per line instead of the highlighted markup (lib/highlight/runs.ts). */
  runs: string;
  palette: string[];
}

/** The code panel, drawn from the code and its colour runs (lib/highlight/code-html.ts). */
export function CodeView({ code, lang, label, filename, runs, palette }: CodeViewProps) {
  // A final newline would show as an extra, empty numbered line.
  const shown = code.replace(/(?:\r?\n)+$/, '');
  const lines: Segment[][] = runs ? decodeRuns(shown, runs) : codeLines(shown).map((text) => [{ text }]);
  return (
    <div data-testid="code-block" data-lang={lang} className="code-block">
      <div className="code-head">
        <div className="flex min-w-0 items-center gap-2 text-xs">
          <span className="shrink-0 font-semibold tracking-wide text-slate-100">{label}</span>
          {filename ? (
            <>
              <span aria-hidden="true" className="text-slate-600">
                /
              </span>
              <span className="truncate font-mono text-slate-400">{filename}</span>
            </>
          ) : null}
        </div>
        <div className="shrink-0">
          <CopyButton />
        </div>
      </div>
      {/* Focusable so keyboard users can scroll long lines sideways, as Shiki's own markup allowed. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard. */}
      <pre className="code-panel" tabIndex={0} style={paletteVars(palette) as CSSProperties}>
        {/* Line numbers in a column of their own, never part of the text a reader selects or copies. */}
        <span className="gutter" aria-hidden="true">
          {lines.map((_, i) => i + 1).join('\n')}
        </span>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: codeHtml escapes the code; its classes are fixed letters. */}
        <code dangerouslySetInnerHTML={{ __html: codeHtml(joinLines(lines), palette) }} />
      </pre>
    </div>
  );
}
