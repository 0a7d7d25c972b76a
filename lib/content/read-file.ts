import { readFileSync } from 'node:fs';
import { SourceError } from '../errors';
import { firstInvalidUtf8 } from '../sigma/bytes';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a content file as strict UTF-8 text (a BOM is kept, so the text re-encodes to the same bytes).
 * A bad byte or a NUL is an error that says where: PostgreSQL cannot store NUL, so neither database may get one.
 */
export function readUtf8(file: string): { text: string; bytes: Buffer } {
  const bytes = readFileSync(file);
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new SourceError('invalid-utf8', `not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16)} at offset ${at}`, {
      file,
      ...positionOf(bytes, at),
    });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new SourceError('nul-character', `a NUL byte at offset ${nul}: content files are text`, {
      file,
      ...positionOf(bytes, nul),
    });
  return { text, bytes };
}

function positionOf(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  return { line: before.toString('latin1').split('\n').length, column: offset - lineStart + 1 };
}
