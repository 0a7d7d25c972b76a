import { decodeUtf8, utf8Length } from '../../text/utf8';
import { type Finding, finding } from '../findings';

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

  const decoded = decodeUtf8(input);
  if (decoded.ok) return checkText(decoded.text);
  const { line, column } = decoded.at;
  return fail(
    'INVALID_UTF8',
    `file is ${decoded.message} (Sigma rules must be UTF-8; was it saved as Latin-1?)`,
    line,
    column,
  );
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
