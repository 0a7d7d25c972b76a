import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import githubDarkDefault from 'shiki/themes/github-dark-default.mjs';
import { LANGUAGE_REGISTRATIONS, resolveLanguage } from './languages';
import { type CodeRuns, encodeRuns } from './runs';
import { LANGUAGE_SAMPLES } from './samples';

export { LANGUAGE_IDS, type LanguageId, resolveLanguage } from './languages';

/** The code panel is dark on a light page whatever the site theme, so one dark theme is enough. */
export const THEME = 'github-dark-default';

let highlighterPromise: Promise<HighlighterCore> | undefined;

/**
 * A new highlighter with our grammars, each grammar already compiled.
 *
 * The JavaScript engine compiles a grammar's regexes the first time a line needs them, and that
 * time counts against Shiki's per-line limit (500 ms): the first Kusto query after a restart took
 * 300-570 ms here and came back with the rest of its line uncoloured, HTML a page cache would
 * keep. Tokenizing a sample of each language now, with no limit, pays that cost before any real
 * query is highlighted and leaves the limit in place for them.
 */
export async function createTriplineHighlighter(): Promise<HighlighterCore> {
  const highlighter = await createHighlighterCore({
    themes: [githubDarkDefault],
    langs: LANGUAGE_REGISTRATIONS,
    // Needs no wasm, so the same code runs in Next's server runtime and in Vitest without loader
    // setup; it gives the same scopes as the Oniguruma engine for every grammar we load.
    engine: createJavaScriptRegexEngine(),
  });
  for (const [lang, sample] of Object.entries(LANGUAGE_SAMPLES)) {
    highlighter.codeToTokensBase(sample, { lang, theme: THEME, tokenizeTimeLimit: 0 });
  }
  return highlighter;
}

/** One highlighter per process: building it costs far more than highlighting a query. */
export function getHighlighter(): Promise<HighlighterCore> {
  highlighterPromise ??= createTriplineHighlighter().catch((error: unknown) => {
    // Forget the failure so a later request can try again instead of failing forever.
    highlighterPromise = undefined;
    throw error;
  });
  return highlighterPromise;
}

/**
 * `code` in `lang` as colour runs (lib/highlight/runs.ts) for the code panel to draw in the browser's own DOM.
 * Like highlight(), a language Shiki lacks or any failure gives no colours rather than no page.
 */
export async function highlightRuns(code: string, lang: string): Promise<CodeRuns> {
  const shown = code.replace(/(?:\r?\n)+$/, '');
  try {
    const highlighter = await getHighlighter();
    const { tokens, fg } = highlighter.codeToTokens(shown, { lang: resolveLanguage(lang) ?? 'text', theme: THEME });
    return encodeRuns(tokens, fg ?? '');
  } catch (error) {
    console.error(`highlight: showing ${lang} as plain text`, error);
    return { runs: '', palette: [] };
  }
}
