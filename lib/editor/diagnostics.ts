// Findings (1-based line and column, as the validator and the write API give them) as ranges of a code editor's text:
// the range runs from the column to the end of the word there, so the underline sits under what the finding is about.

export interface LocatedMessage {
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning';
  message: string;
  code?: string;
}

export interface TextDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
  source?: string;
}

/** Offsets at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function diagnosticsOf(text: string, findings: readonly LocatedMessage[]): TextDiagnostic[] {
  const starts = lineStarts(text);
  return findings.map((f) => {
    const lineIndex = Math.min(Math.max((f.line ?? 1) - 1, 0), starts.length - 1);
    const lineStart = starts[lineIndex] ?? 0;
    const lineEnd = lineIndex + 1 < starts.length ? (starts[lineIndex + 1] ?? text.length) - 1 : text.length;
    const from = Math.min(lineStart + Math.max((f.column ?? 1) - 1, 0), lineEnd);
    const word = /^[^\s,:[\]{}]+/.exec(text.slice(from, lineEnd))?.[0].length ?? 0;
    // An empty word (the finding is at the end of a line, or on a blank one) underlines the whole line instead.
    const [start, end] = word > 0 ? [from, from + word] : [lineStart, lineEnd];
    return {
      from: start,
      to: end,
      severity: f.severity,
      message: f.code ? `${f.message} (${f.code})` : f.message,
    };
  });
}
