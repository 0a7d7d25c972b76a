// Highlighted code as a few bytes of colour runs beside the code itself, for the browser to rebuild the spans from.
// Shiki's HTML put every token into a page twice, once as markup and once inside React's payload (with every `<`
// escaped to six characters there): 38 KB of the seed page's 300 KB were its two code panels' payloads. The runs
// of the same two panels are about 1 KB.
//
// Format: one entry per line of the code, joined by ","; a line is a sequence of `<length in base 36><style>`
// where the style is "A".."Z" (an index into the palette) or "." (the panel's own colour). Characters the runs do
// not cover at the end of a line take the panel's own colour, so plain lines are empty entries.

/** One token as Shiki gives it. */
export interface ColouredToken {
  content: string;
  color?: string;
  /** Shiki's FontStyle bits: 1 italic, 2 bold, 4 underline. */
  fontStyle?: number;
}

export interface CodeRuns {
  runs: string;
  /** CSS colours (with " i", " b", " u" for font styles) the runs' letters index. */
  palette: string[];
}

export interface Segment {
  text: string;
  /** Index into the palette; undefined for the panel's own colour. */
  style?: number;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DEFAULT_STYLE = '.';

/** Lines as the highlighter splits them, so runs and code agree on what a line is. */
export function codeLines(code: string): string[] {
  return code.split(/\r\n|\r|\n/);
}

function styleKey(token: ColouredToken, foreground: string): string | undefined {
  const flags = token.fontStyle ?? 0;
  const suffix = `${flags & 1 ? ' i' : ''}${flags & 2 ? ' b' : ''}${flags & 4 ? ' u' : ''}`;
  const color = token.color?.toLowerCase();
  if ((!color || color === foreground.toLowerCase()) && !suffix) return undefined;
  return `${color ?? foreground.toLowerCase()}${suffix}`;
}

/** Runs for Shiki's tokens; adjacent tokens of one style become one run. */
export function encodeRuns(lines: ColouredToken[][], foreground: string): CodeRuns {
  const palette: string[] = [];
  const encoded = lines.map((tokens) => {
    const merged: Array<{ length: number; letter: string }> = [];
    for (const token of tokens) {
      if (!token.content) continue;
      const key = styleKey(token, foreground);
      let letter = DEFAULT_STYLE;
      if (key !== undefined) {
        let index = palette.indexOf(key);
        if (index < 0 && palette.length < LETTERS.length) index = palette.push(key) - 1;
        // A theme with more than 26 styles in one panel: the rest show in the panel's colour, never wrong text.
        if (index >= 0) letter = LETTERS.charAt(index);
      }
      const last = merged.at(-1);
      if (last && last.letter === letter) last.length += token.content.length;
      else merged.push({ length: token.content.length, letter });
    }
    if (merged.at(-1)?.letter === DEFAULT_STYLE) merged.pop();
    return merged.map((r) => `${r.length.toString(36)}${r.letter}`).join('');
  });
  return { runs: encoded.join(','), palette };
}

/**
 * The segments of each line of `code`. Runs that do not fit the code (another version of it) never lose text:
 * what they do not cover shows in the panel's colour.
 */
export function decodeRuns(code: string, runs: string): Segment[][] {
  const encodedLines = runs.split(',');
  return codeLines(code).map((line, i) => {
    const segments: Segment[] = [];
    let at = 0;
    for (const [, length = '', letter = DEFAULT_STYLE] of (encodedLines[i] ?? '').matchAll(/([0-9a-z]+)([A-Z.])/g)) {
      if (at >= line.length) break;
      const text = line.slice(at, at + Number.parseInt(length, 36));
      at += text.length;
      segments.push(letter === DEFAULT_STYLE ? { text } : { text, style: LETTERS.indexOf(letter) });
    }
    if (at < line.length) {
      const last = segments.at(-1);
      if (last && last.style === undefined) last.text += line.slice(at);
      else segments.push({ text: line.slice(at) });
    }
    return segments;
  });
}

/**
 * The lines as one run of segments with "\n" between them, the panel-coloured text of neighbouring lines merged:
 * React separates neighbouring text nodes in its HTML with a comment each, and the panel draws no element per line.
 */
export function joinLines(lines: Segment[][]): Segment[] {
  const joined: Segment[] = [];
  const add = (segment: Segment) => {
    const last = joined.at(-1);
    if (last && last.style === undefined && segment.style === undefined) last.text += segment.text;
    else joined.push({ ...segment });
  };
  lines.forEach((line, i) => {
    if (i) add({ text: '\n' });
    for (const segment of line) add(segment);
  });
  return joined;
}
