import { type Finding, finding } from './findings';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; finding: Finding };

/**
 * Size cap, emptiness and UTF-8 checks on the raw bytes. The size is checked before anything else looks at the
 * content so an oversized upload costs nothing but its length.
 */
export function decodeRuleBytes(input: string | Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): DecodeResult {
  const size = typeof input === 'string' ? utf8Length(input, maxBytes) : input.byteLength;
  if (size > maxBytes)
    return { ok: false, finding: sizeLimitFinding(typeof input === 'string' ? undefined : size, maxBytes) };
  if (size === 0) return fail('EMPTY_FILE', 'file is empty: a Sigma rule needs at least one YAML document', 1, 1);
  if (typeof input === 'string') return checkText(input);

  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    return checkText(text);
  } catch {
    const offset = firstInvalidUtf8(input);
    const byte = input[offset] ?? 0;
    const { line, column } = bytePosition(input, offset);
    const hex = `0x${byte.toString(16).padStart(2, '0')}`;
    return fail(
      'INVALID_UTF8',
      `file is not valid UTF-8: invalid byte ${hex} at byte offset ${offset} (Sigma rules must be UTF-8; was it saved as Latin-1?)`,
      line,
      column,
    );
  }
}

/** Also for callers that know a file's size before reading it, and so never read an oversized file at all. */
export function sizeLimitFinding(size: number | undefined, maxBytes: number): Finding {
  const measured = size === undefined ? 'is larger than' : `is ${size} bytes, over`;
  const message = `file ${measured} the maximum rule size of ${maxBytes} bytes (rejected before parsing)`;
  return finding({ code: 'SIZE_LIMIT', severity: 'error', path: '', message, at: { line: 1, column: 1 } });
}

function checkText(text: string): DecodeResult {
  if (text.trim() === '')
    return fail('EMPTY_FILE', 'file has only whitespace: a Sigma rule needs at least one YAML document', 1, 1);
  return { ok: true, text };
}

function fail(code: string, message: string, line: number, column: number): DecodeResult {
  return { ok: false, finding: finding({ code, severity: 'error', path: '', message, at: { line, column } }) };
}

/** Counts UTF-8 bytes of a string, stopping early once past `limit`, so a huge string is not measured in full. */
function utf8Length(text: string, limit: number): number {
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

function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // The bytes before the first invalid one are valid UTF-8, so the column can be counted in characters.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}
