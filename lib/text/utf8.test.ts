import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, utf8Length, withoutBom } from './utf8';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it('keeps a byte order mark, so the text encodes back to exactly the bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('title: x')]);
    const decoded = decodeUtf8(bytes);
    expect(decoded).toEqual({ ok: true, text: '\uFEFFtitle: x' });
    expect(utf8(decoded.ok ? decoded.text : '')).toEqual(bytes);
    expect(withoutBom(decoded.ok ? decoded.text : '')).toBe('title: x');
  });

  it('names the byte, its offset, and its line and column (columns in characters, a BOM takes none)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: é'), 0xff, ...utf8('\nb')]);
    expect(decodeUtf8(bytes)).toEqual({
      ok: false,
      offset: 8,
      byte: 0xff,
      at: { line: 1, column: 5 },
      message: 'not valid UTF-8: invalid byte 0xff at byte offset 8',
    });
  });
});

describe('utf8Length', () => {
  it('counts bytes, not characters, and stops one past the limit', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('€'.repeat(1000), 5)).toBe(6);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['a truncated sequence at the end', [0x41, 0xe2, 0x82], 1],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['an encoded UTF-16 surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('finds %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });

  it('returns the length for valid input', () => {
    expect(firstInvalidUtf8(utf8('ok €'))).toBe(6);
  });
});
