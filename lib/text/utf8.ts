// Strict UTF-8, one rule for every reader: invalid bytes are refused with their position, and a byte order mark is
// kept as U+FEFF at the start of the text, so the text encodes back to exactly the bytes it came from (a stored rule
// is served byte for byte). Parsers that must not see the mark (YAML, front matter) skip it themselves.
import { bytePositionAt, type Position } from './position';

export const BOM = '\uFEFF';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Utf8Result =
  | { ok: true; text: string }
  | { ok: false; offset: number; byte: number; at: Position; message: string };

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const byte = bytes[offset] ?? 0;
    const hex = `0x${byte.toString(16).padStart(2, '0')}`;
    return {
      ok: false,
      offset,
      byte,
      at: bytePositionAt(bytes, offset),
      message: `not valid UTF-8: invalid byte ${hex} at byte offset ${offset}`,
    };
  }
}

/** The text without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** TextDecoder says only that the input is invalid; people need to know where. Returns the offending offset. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** UTF-8 length of a string, counting no further than `limit + 1`, so a huge string is not measured in full. */
export function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return limit + 1;
  }
  return bytes;
}
