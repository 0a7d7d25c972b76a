import { describe, expect, it } from 'vitest';
import { highlight, LANGUAGE_IDS, type LanguageId, resolveLanguage } from './highlighter';
import { LANGUAGE_SAMPLES } from './samples';

const SAMPLES: Record<LanguageId, string> = { ...LANGUAGE_SAMPLES, text: 'plain words' };

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

// What a browser would show: tags dropped, entities decoded.
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '',
    );
}

describe('highlight', () => {
  it.each(LANGUAGE_IDS.map((id) => [id]))('colours a %s sample into Shiki markup', async (id) => {
    const html = await highlight(SAMPLES[id], id);
    expect(html).toMatch(/^<pre class="shiki github-dark-default"/);
    expect(html.match(/<span class="line">/g)).toHaveLength(SAMPLES[id].split('\n').length);
    expect(visibleText(html)).toBe(SAMPLES[id]);
    // The <pre> carries the default colour; a highlighted sample has at least two token colours more.
    const colours = new Set(html.match(/(?<!background-)color:#[0-9a-f]{6}/gi)?.map((colour) => colour.toLowerCase()));
    if (id === 'text') expect(colours.size).toBe(1);
    else expect(colours.size).toBeGreaterThanOrEqual(3);
  });

  it.each([...LANGUAGE_IDS, 'no-such-language'].map((id) => [id]))('escapes HTML in %s code', async (id) => {
    const html = await highlight(HOSTILE, id);
    expect(html).not.toMatch(/<script|<img/i);
    expect(visibleText(html)).toBe(HOSTILE);
  });

  it('shows an unknown language as plain text instead of failing', async () => {
    const html = await highlight('SELECT 1 -- <b>', 'cobol');
    expect(html).toMatch(/^<pre class="shiki/);
    expect(visibleText(html)).toBe('SELECT 1 -- <b>');
    expect(html).not.toContain('<b>');
  });

  it('accepts the aliases content uses', async () => {
    expect(resolveLanguage('spl')).toBe('splunk');
    expect(resolveLanguage('KQL')).toBe('kusto');
    expect(resolveLanguage('yml')).toBe('yaml');
    expect(resolveLanguage('sigma')).toBe('yaml');
    expect(resolveLanguage(' ESQL ')).toBe('esql');
    expect(resolveLanguage('cobol')).toBeUndefined();
    expect(await highlight('index=main | stats count', 'spl')).toBe(
      await highlight('index=main | stats count', 'splunk'),
    );
  });

  it('does not number the empty line after a final newline', async () => {
    const html = await highlight('SELECT *\nFROM events\n', 'aql');
    expect(html.match(/<span class="line">/g)).toHaveLength(2);
  });

  it('keeps blank lines inside the code', async () => {
    const html = await highlight('SELECT *\n\nFROM events', 'aql');
    expect(html.match(/<span class="line">/g)).toHaveLength(3);
  });
});
