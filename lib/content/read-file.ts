import { readFileSync } from 'node:fs';
import { SourceError } from '../errors';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Reads a content file as strict UTF-8 text; a bad byte is an error that says where. */
export function readUtf8(file: string): { text: string; bytes: Buffer } {
  const bytes = readFileSync(file);
  try {
    return { text: strict.decode(bytes), bytes };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    throw new SourceError('invalid-utf8', `not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at}`, { file, line });
  }
}

// Valid stretches re-encode to the same bytes, so the first difference is the first bad byte.
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const again = Buffer.from(lenient.decode(bytes), 'utf8');
  let i = 0;
  while (i < bytes.length && bytes[i] === again[i]) i++;
  return i;
}
