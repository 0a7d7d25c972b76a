import { expect, it } from 'vitest';
import { createTriplineHighlighter, THEME } from './highlighter';

// Alone in its file so nothing else has compiled a grammar or warmed up the regex translator first.
it('compiles every grammar before the first real query, so no line is cut short', async () => {
  const highlighter = await createTriplineHighlighter();
  try {
    // A query the warm-up never saw, under a limit well below a cold Kusto compile (200+ ms).
    const code =
      'SigninLogs | where ResultType != "0" and AppDisplayName has_any ("Azure Portal") | project UserPrincipalName, IPAddress';
    const options = { lang: 'kusto', theme: THEME, tokenizeTimeLimit: 100 } as const;
    const first = highlighter.codeToTokensBase(code, options);
    expect(first).toEqual(highlighter.codeToTokensBase(code, { ...options, tokenizeTimeLimit: 0 }));
    expect(first[0]!.length).toBeGreaterThan(10);
  } finally {
    highlighter.dispose();
  }
});
