// Lists and link previews show one sentence. Sigma descriptions are free prose, often several sentences and
// sometimes one very long one; the first sentence, capped, is what the summary field is for.
const MAX_SUMMARY = 280;

// Abbreviations SigmaHQ authors write mid-sentence; a period after them does not end the sentence.
const ABBREVIATIONS = /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|incl|cf|no|ver|resp|Mr|Dr)\.$/i;

/** The first sentence of `description`, or `fallback` (the title) when there is no description. */
export function summaryOf(description: string | undefined, fallback: string): string {
  const text = (description ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return fallback;
  return cap(firstSentence(text));
}

function firstSentence(text: string): string {
  const ends = /[.!?](?=\s|$)/g;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const sentence = text.slice(0, m.index + 1);
    // "version 1.2" has no space after its period; "e.g. " does, but is no end.
    if (m[0] === '.' && ABBREVIATIONS.test(sentence)) continue;
    return sentence;
  }
  return text;
}

function cap(sentence: string): string {
  if (sentence.length <= MAX_SUMMARY) return sentence;
  const cut = sentence.slice(0, MAX_SUMMARY - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
