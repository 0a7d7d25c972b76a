import { describe, expect, it } from 'vitest';
import { codeHtml, paletteVars } from './code-html';
import { decodeRuns, joinLines } from './runs';

describe('highlighted code as HTML', () => {
  it('writes coloured runs as letter-classed spans and the panel colour as plain text', () => {
    const segments = joinLines(decodeRuns('SELECT "EventName"\nLAST 24', '6A1.bB,4A3C'));
    expect(codeHtml(segments, ['#ff7b72', '#a5d6ff', '#79c0ff b'])).toBe(
      '<span class="A">SELECT</span> <span class="B">"EventName"</span>\n' +
        '<span class="A">LAST</span><span class="C b"> 24</span>',
    );
  });

  it('sets each letter’s colour on the panel', () => {
    expect(paletteVars(['#ff7b72', '#8b949e i u'])).toEqual({ '--A': '#ff7b72', '--B': '#8b949e' });
  });

  it('escapes what could open a tag or an entity, so code cannot write markup', () => {
    const html = codeHtml([{ text: '</code><script>alert(1)</script>', style: 0 }, { text: '<b>' }], ['#fff']);
    expect(html).toBe('<span class="A">&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span>&lt;b&gt;');
  });

  it('shows a run whose style is not in the palette in the panel colour, never losing its text', () => {
    expect(codeHtml([{ text: 'x', style: 3 }], ['#fff'])).toBe('x');
  });

  it("sets only colours as the panel's custom properties", () => {
    expect(paletteVars(['#ff7b72 i', 'red;background:url(x)', '#a5d6ff'])).toEqual({
      '--A': '#ff7b72',
      '--C': '#a5d6ff',
    });
  });
});
