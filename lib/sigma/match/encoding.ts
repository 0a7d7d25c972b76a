// The byte-level transformations behind base64, base64offset, wide/utf16* and windash. After a utf16 encoding
// a value is a "byte string": one char per byte (latin1), so base64 can encode exactly those bytes.
import { mapLiterals, type Part } from './wildcard';

export type TextEncoding = 'utf16le' | 'utf16be' | 'utf16';

const BOM_LE = '\xff\xfe';

function utf16le(text: string): string {
  return Buffer.from(text, 'utf16le').toString('latin1');
}

function swapPairs(bytes: string): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += (bytes[i + 1] as string) + (bytes[i] as string);
  return out;
}

export function encodeParts(parts: readonly Part[], encoding: TextEncoding): Part[] {
  const encoded = mapLiterals(parts, (s) => (encoding === 'utf16be' ? swapPairs(utf16le(s)) : utf16le(s)));
  return encoding === 'utf16' ? [BOM_LE, ...encoded] : encoded;
}

function toBuffer(value: { text: string; bytes: boolean }): Buffer {
  return Buffer.from(value.text, value.bytes ? 'latin1' : 'utf8');
}

export function base64(value: { text: string; bytes: boolean }): string {
  return toBuffer(value).toString('base64');
}

/**
 * The value as it reads inside a longer base64 text, for each of the three alignments it can start at.
 * Shifting by one or two bytes spoils the first two or three output chars; a trailing group of one or two bytes
 * spoils the last three or two (one partial char plus padding), since the bytes that follow are unknown.
 */
export function base64Offsets(value: { text: string; bytes: boolean }): string[] {
  const bytes = toBuffer(value);
  const variants: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift, 0x20), bytes]).toString('base64');
    const start = [0, 2, 3][shift] ?? 0;
    const trailing = (bytes.length + shift) % 3;
    const end = trailing === 0 ? encoded.length : encoded.length - (trailing === 1 ? 3 : 2);
    variants.push(encoded.slice(start, end));
  }
  return variants;
}

// A dash or slash that starts an option: not preceded by a letter or digit, followed by one.
const OPTION_DASH = /(?<![\p{L}\p{N}_])[-/\u2013\u2014\u2015](?=[\p{L}\p{N}_])/gu;
const DASHES = ['-', '/', '\u2013', '\u2014', '\u2015'];
const MAX_DASHES = 5;

/** Every spelling of the value's option dashes; null when there are too many to expand. */
export function windashVariants(parts: readonly Part[]): Part[][] | null {
  let variants: Part[][] = [[]];
  let dashes = 0;
  for (const part of parts) {
    if (typeof part !== 'string') {
      variants = variants.map((v) => [...v, part]);
      continue;
    }
    const pieces = part.split(OPTION_DASH);
    dashes += pieces.length - 1;
    if (dashes > MAX_DASHES) return null;
    let texts = [pieces[0] ?? ''];
    for (const piece of pieces.slice(1)) texts = texts.flatMap((t) => DASHES.map((d) => t + d + piece));
    variants = variants.flatMap((v) => texts.map((t) => [...v, t]));
  }
  return variants;
}
