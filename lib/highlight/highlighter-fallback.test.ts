import { afterEach, describe, expect, it, vi } from 'vitest';

// Shiki itself failing (a bad grammar, a broken install) must not take the page down with it.
const createHighlighterCore = vi.hoisted(() => vi.fn(() => Promise.reject(new Error('shiki is broken'))));
vi.mock('shiki/core', () => ({ createHighlighterCore }));

const { highlightRuns } = await import('./highlighter');
const { decodeRuns } = await import('./runs');

describe('highlightRuns when Shiki fails', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the code uncoloured and tries again on the next call', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const runs = await highlightRuns("SELECT '<b>' FROM events\n", 'aql');
    expect(runs).toEqual({ runs: '', palette: [] });
    expect(decodeRuns("SELECT '<b>' FROM events", runs.runs)).toEqual([[{ text: "SELECT '<b>' FROM events" }]]);

    await highlightRuns('SELECT 1', 'aql');
    expect(createHighlighterCore).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenCalledTimes(2);
  });
});
