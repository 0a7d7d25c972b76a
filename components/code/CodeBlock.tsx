import { highlightRuns } from '@/lib/highlight/highlighter';
import { CodeView } from './CodeView';

export interface CodeBlockProps {
  code: string;
  /** A language id or alias from lib/highlight (aql, esql, splunk, kusto, yaml, ...). */
  lang: string;
  /** Shown in the header, e.g. "IBM QRadar · AQL". */
  label: string;
  filename?: string;
}

/** Highlighted on the server (Shiki), drawn by CodeView from a few bytes of colour runs. */
export async function CodeBlock({ code, lang, label, filename }: CodeBlockProps) {
  const { runs, palette } = await highlightRuns(code, lang);
  return <CodeView code={code} lang={lang} label={label} filename={filename} runs={runs} palette={palette} />;
}
