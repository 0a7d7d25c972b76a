// A Sigma description is untrusted prose from someone else's repository; on our pages it goes through the MDX
// compiler. Rendering it as MDX must never create JSX, an {expression}, an import/export, or Markdown structure
// the author did not intend (a heading from a leading '#', a link, raw HTML): it has to come out as literal text.

// Every ASCII punctuation character CommonMark lets a backslash escape and that starts a construct somewhere in
// Markdown or MDX. Punctuation left out ( . , ; : ' " ? / ( ) @ % = ) means nothing inside a paragraph once
// brackets and the characters below are escaped; the few that matter at the start of a block are handled there.
const INLINE_SPECIAL = /[\\`*_{}[\]<>#!|~&$^+-]/g;

/**
 * The text as MDX that renders to exactly that text: one paragraph per blank-line-separated block, lines of a
 * block joined with a space (Markdown would render the soft breaks as spaces anyway).
 */
export function mdxSafeText(text: string): string {
  return paragraphsOf(text).map(escapeParagraph).join('\n\n');
}

/** The paragraphs as a reader sees them: trimmed, inner whitespace runs kept as one space. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/[ \t\n\f\v]+/g, ' ').trim())
    .filter((block) => block !== '');
}

function escapeParagraph(paragraph: string): string {
  let out = paragraph.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // `1. text` or `1) text` would start an ordered list.
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  // MDX reads a block starting with the word import or export as an ES module statement. Letters cannot be
  // backslash-escaped, so the first one becomes a character reference, which MDX decodes back to the letter.
  out = out.replace(/^(import|export)\b/i, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}
