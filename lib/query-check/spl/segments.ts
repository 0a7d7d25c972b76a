// Splits an SPL search into its commands: pipes at the top level, outside "quotes", `macros` and [subsearches].
// Quotes, brackets, backquotes and parentheses must balance; a problem is reported where it starts.

export interface SplSegment {
  /** The command's text, without its leading pipe. */
  text: string;
  /** Offset of `text` in the whole search. */
  start: number;
  /** Whether a pipe came before it (the first segment of a search that starts with `|` has one). */
  piped: boolean;
}

export interface Subsearch {
  text: string;
  start: number;
}

export interface SplProblem {
  code: string;
  offset: number;
  message: string;
}

export interface SplitResult {
  segments: SplSegment[];
  subsearches: Subsearch[];
  problems: SplProblem[];
}

export function splitSearch(text: string, base = 0): SplitResult {
  const segments: SplSegment[] = [];
  const subsearches: Subsearch[] = [];
  const problems: SplProblem[] = [];
  const stack: { char: string; offset: number }[] = [];
  let segmentStart = 0;
  let piped = false;
  let i = 0;
  const push = (end: number) =>
    segments.push({ text: text.slice(segmentStart, end), start: base + segmentStart, piped });
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      const close = closingQuote(text, i);
      if (close === -1) {
        problems.push({ code: 'spl-unclosed-quote', offset: base + i, message: 'Unclosed string: " has no closing "' });
        return { segments: [], subsearches, problems };
      }
      i = close + 1;
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close === -1) {
        problems.push({ code: 'spl-unclosed-macro', offset: base + i, message: 'Unclosed macro: ` has no closing `' });
        return { segments: [], subsearches, problems };
      }
      i = close + 1;
      continue;
    }
    if (c === '(' || c === '[') {
      stack.push({ char: c, offset: i });
    } else if (c === ')' || c === ']') {
      const open = stack.pop();
      const expected = c === ')' ? '(' : '[';
      if (!open || open.char !== expected) {
        problems.push({ code: 'spl-unbalanced', offset: base + i, message: `This "${c}" closes nothing` });
        return { segments: [], subsearches, problems };
      }
      if (c === ']' && stack.every((s) => s.char !== '[')) {
        subsearches.push({ text: text.slice(open.offset + 1, i), start: base + open.offset + 1 });
      }
    } else if (c === '|' && stack.length === 0) {
      // A search may open with a pipe (`| tstats ...`): nothing before it is no segment.
      if (segments.length > 0 || piped || text.slice(segmentStart, i).trim() !== '') push(i);
      segmentStart = i + 1;
      piped = true;
    }
    i++;
  }
  for (const open of stack) {
    const what = open.char === '(' ? 'parenthesis "("' : 'subsearch "["';
    problems.push({ code: 'spl-unbalanced', offset: base + open.offset, message: `This ${what} is never closed` });
  }
  push(text.length);
  return { segments, subsearches, problems };
}

/** The closing quote of a "string" that opens at `open`, skipping backslash escapes; -1 if none. */
export function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
