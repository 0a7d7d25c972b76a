import { describe, expect, it } from 'vitest';
import { highlightRuns, LANGUAGE_IDS, type LanguageId, resolveLanguage } from './highlighter';
import { decodeRuns } from './runs';
import { LANGUAGE_SAMPLES } from './samples';

const SAMPLES: Record<LanguageId, string> = { ...LANGUAGE_SAMPLES, text: 'plain words' };

const shownText = (code: string, runs: string) =>
  decodeRuns(code, runs)
    .map((line) => line.map((s) => s.text).join(''))
    .join('\n');

describe('highlightRuns', () => {
  it.each(LANGUAGE_IDS.map((id) => [id]))('colours a %s sample without changing a character', async (id) => {
    const { runs, palette } = await highlightRuns(SAMPLES[id], id);
    expect(runs.split(',')).toHaveLength(SAMPLES[id].split('\n').length);
    expect(shownText(SAMPLES[id], runs)).toBe(SAMPLES[id]);
    // The panel has its own colour; a highlighted sample has at least two token colours more.
    const colours = new Set(palette.map((p) => p.split(' ')[0]));
    if (id === 'text') expect(colours.size).toBe(0);
    else expect(colours.size).toBeGreaterThanOrEqual(2);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('colours an unknown language as plain text instead of failing', async () => {
    expect(await highlightRuns('SELECT 1 -- <b>', 'cobol')).toEqual({ runs: '', palette: [] });
  });

  it('accepts the aliases content uses', async () => {
    expect(resolveLanguage('spl')).toBe('splunk');
    expect(resolveLanguage('KQL')).toBe('kusto');
    expect(resolveLanguage('yml')).toBe('yaml');
    expect(resolveLanguage('sigma')).toBe('yaml');
    expect(resolveLanguage(' ESQL ')).toBe('esql');
    expect(resolveLanguage('cobol')).toBeUndefined();
    expect(await highlightRuns('index=main | stats count', 'spl')).toEqual(
      await highlightRuns('index=main | stats count', 'splunk'),
    );
  });

  it('has no line for the empty one after a final newline', async () => {
    expect((await highlightRuns('SELECT *\nFROM events\n', 'aql')).runs.split(',')).toHaveLength(2);
  });

  it('keeps blank lines inside the code', async () => {
    const { runs } = await highlightRuns('SELECT *\n\nFROM events', 'aql');
    expect(runs.split(',')).toHaveLength(3);
    expect(decodeRuns('SELECT *\n\nFROM events', runs)[1]).toEqual([]);
  });
});
