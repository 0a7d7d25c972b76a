import { escapeText } from '../html';
import type { Segment } from './runs';

// Highlighted code as HTML text (CodeView hands it to React whole rather than a React element per token). A token's colour is a letter class whose colour the
// panel sets as a custom property (`--A: #ff7b72`): `class="A"` instead of `style="color:#ff7b72"` on every span.
// The letter rules live in app/globals.css (`.code-panel .A` ... `.Z`, and `.i` `.b` `.u` for font styles).

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FONT_FLAGS = new Set(['i', 'b', 'u']);

// A colour as the theme writes it; anything else (a `;` would add declarations) is left out.
const COLOUR = /^#[0-9a-f]{3,8}$/i;

/** The palette as the panel's custom properties, one per letter; an entry that is not a colour is dropped. */
export function paletteVars(palette: string[]): Record<string, string> {
  return Object.fromEntries(
    palette.flatMap((entry, i) => {
      const colour = entry.split(' ')[0] ?? '';
      return COLOUR.test(colour) ? [[`--${LETTERS.charAt(i)}`, colour]] : [];
    }),
  );
}

/** A palette entry's classes: its letter, then its font styles ("#8b949e i" at index 0 is "A i"). */
function classes(palette: string[], index: number): string {
  const flags = (palette[index] ?? '').split(' ').slice(1);
  return [LETTERS.charAt(index), ...flags.filter((f) => FONT_FLAGS.has(f))].join(' ');
}

/** The code's segments (joinLines) as text and letter-classed spans. */
export function codeHtml(segments: Segment[], palette: string[]): string {
  return segments
    .map((s) =>
      s.style === undefined || s.style >= palette.length
        ? escapeText(s.text)
        : `<span class="${classes(palette, s.style)}">${escapeText(s.text)}</span>`,
    )
    .join('');
}
