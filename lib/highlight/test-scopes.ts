import { getHighlighter, THEME } from './highlighter';

/** One grammar token: its text, where it starts in the code, and its TextMate scopes, outermost first. */
export interface ScopedToken {
  text: string;
  offset: number;
  scopes: string[];
}

// Shiki merges neighbouring tokens of the same colour; the explanation keeps the grammar's own
// tokens, which is what a grammar test must look at so the theme can change freely.
export async function tokenize(code: string, lang: string): Promise<ScopedToken[]> {
  const highlighter = await getHighlighter();
  const { tokens } = highlighter.codeToTokens(code, { lang, theme: THEME, includeExplanation: 'scopeName' });
  return tokens.flat().flatMap((token) => {
    let offset = token.offset;
    return (token.explanation ?? []).map((part) => {
      const scoped = { text: part.content, offset, scopes: part.scopes.map((scope) => scope.scopeName) };
      offset += part.content.length;
      return scoped;
    });
  });
}

/** Scopes of the `nth` token whose text, trimmed, is `text`; fails loudly when there is none. */
export function scopesOf(tokens: ScopedToken[], text: string, nth = 0): string[] {
  const found = tokens.filter((token) => token.text.trim() === text)[nth];
  if (!found) {
    const seen = tokens.map((token) => JSON.stringify(token.text)).join(' ');
    throw new Error(`no token ${JSON.stringify(text)} (#${nth}); tokens: ${seen}`);
  }
  return found.scopes;
}

/** Scopes of every token that overlaps `text` within the code, for spans the grammar splits up. */
export function scopesAcross(tokens: ScopedToken[], code: string, text: string): string[][] {
  const start = code.indexOf(text);
  if (start < 0) throw new Error(`${JSON.stringify(text)} is not in the code`);
  const end = start + text.length;
  return tokens
    .filter((token) => token.offset < end && token.offset + token.text.length > start)
    .map((token) => token.scopes);
}
