import { afterEach, describe, expect, it, vi } from 'vitest';

// Shiki itself failing (a bad grammar, a broken install) must not take the page down with it.
const createHighlighterCore = vi.hoisted(() => vi.fn(() => Promise.reject(new Error('shiki is broken'))));
vi.mock('shiki/core', () => ({ createHighlighterCore }));

const { highlight } = await import('./highlighter');
const { plainHtml } = await import('./plain');

describe('highlight when Shiki fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns escaped plain text and tries again on the next call', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const html = await highlight("SELECT '<b>' FROM events\n", 'aql');
    expect(html).toBe(plainHtml("SELECT '<b>' FROM events"));
    expect(html).toBe(
      '<pre class="shiki" tabindex="0"><code><span class="line">SELECT &#39;&lt;b&gt;&#39; FROM events</span></code></pre>',
    );

    await highlight('SELECT 1', 'aql');
    expect(createHighlighterCore).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledTimes(2);
  });
});
