import { highlight } from '@/lib/highlight/highlighter';
import { CopyButton } from './CopyButton';

export interface CodeBlockProps {
  code: string;
  /** A language id or alias from lib/highlight (aql, esql, splunk, kusto, yaml, ...). */
  lang: string;
  /** Shown in the header, e.g. "IBM QRadar · AQL". */
  label: string;
  filename?: string;
}

// Shiki's markup is pre.shiki > code > span.line; these arbitrary variants style it from outside
// so lib/highlight stays free of presentation. Line numbers come from a CSS counter, so they are
// never part of the text a reader selects or copies.
const PANEL =
  '[&_pre]:overflow-x-auto [&_pre]:py-4 [&_pre]:pr-6 [&_pre]:font-mono [&_pre]:text-[13px] [&_pre]:leading-6 [&_pre]:[tab-size:4] ' +
  '[&_pre]:outline-none [&_pre]:focus-visible:ring-2 [&_pre]:focus-visible:ring-inset [&_pre]:focus-visible:ring-sky-400 ' +
  '[&_code]:[counter-reset:line] ' +
  '[&_.line]:before:[counter-increment:line] [&_.line]:before:content-[counter(line)] ' +
  '[&_.line]:before:sticky [&_.line]:before:left-0 [&_.line]:before:inline-block [&_.line]:before:w-12 ' +
  '[&_.line]:before:bg-[#0d1117] [&_.line]:before:pr-4 [&_.line]:before:text-right [&_.line]:before:text-[#6e7681] [&_.line]:before:select-none';

export async function CodeBlock({ code, lang, label, filename }: CodeBlockProps) {
  const html = await highlight(code, lang);

  return (
    <div
      data-testid="code-block"
      data-lang={lang}
      className="overflow-hidden rounded-xl border border-slate-800 bg-[#0d1117] text-[#e6edf3] shadow-sm"
    >
      <div className="flex items-center justify-between gap-3 border-b border-white/10 bg-[#161b22] px-4 py-2">
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
        <div className="flex shrink-0 items-center gap-2">
          <CopyButton code={code} />
        </div>
      </div>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: highlight() escapes the code; the only markup is Shiki's. */}
      <div className={PANEL} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
