// A highlighted passage of the text a search matched, cut in JavaScript from the index's own columns, so both
// databases give the same passage. It is data (text and marked text), never HTML: a page renders the parts as
// React text, and snippetHtml escapes each part before it puts <mark> around the hits.
import type { Term } from './index/terms';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WINDOW = 180;

interface Hit {
  start: number;
  end: number;
  word: string;
}

function hitsIn(text: string, words: ReadonlySet<string>, prefix: string | null): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const matched = words.has(word) ? word : prefix && word.startsWith(prefix) ? prefix : null;
    if (matched) hits.push({ start: m.index, end: m.index + m[0].length, word: matched });
  }
  return hits;
}

/** The window of `text` (at most WINDOW characters) holding the most distinct query words, and its hits. */
function bestWindow(text: string, hits: readonly Hit[]): { from: number; to: number; distinct: number } {
  let best = { from: 0, to: 0, distinct: 0 };
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i] as Hit;
    const seen = new Set<string>();
    for (let j = i; j < hits.length && (hits[j] as Hit).end - first.start <= WINDOW; j++)
      seen.add((hits[j] as Hit).word);
    if (seen.size > best.distinct) {
      const from = Math.max(0, first.start - 40);
      best = { from, to: Math.min(text.length, from + WINDOW), distinct: seen.size };
    }
  }
  return best;
}

/**
 * The best passage among `texts` (most telling first; the first with the most distinct words wins), with the
 * query's words marked; null when none holds a word. `prefix`: the last word of the query also marks words it begins.
 */
export function makeSnippet(
  texts: readonly string[],
  terms: readonly Term[],
  { prefix = false } = {},
): SnippetPart[] | null {
  const all = terms.flat();
  const last = prefix ? (terms.at(-1)?.at(-1) ?? null) : null;
  const words = new Set(all);
  let chosen: { text: string; hits: Hit[]; from: number; to: number; distinct: number } | null = null;
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, ' ');
    const hits = hitsIn(text, words, last);
    if (!hits.length) continue;
    const window = bestWindow(text, hits);
    if (!chosen || window.distinct > chosen.distinct) chosen = { text, hits, ...window };
  }
  if (!chosen) return null;
  const { text, hits, from, to } = chosen;
  const parts: SnippetPart[] = [];
  let at = from;
  const push = (t: string, mark: boolean) => t && parts.push({ text: t, mark });
  if (from > 0) push('…', false);
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    push(text.slice(at, h.start), false);
    push(text.slice(h.start, h.end), true);
    at = h.end;
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return parts;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The passage as HTML for API clients: every part escaped, then the hits wrapped in <mark>. */
export function snippetHtml(parts: readonly SnippetPart[]): string {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}
