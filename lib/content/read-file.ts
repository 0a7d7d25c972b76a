import { readFileSync } from 'node:fs';
import { SourceError } from '../errors';
import { bytePositionAt } from '../text/position';
import { decodeUtf8 } from '../text/utf8';

/**
 * Reads a content file as strict UTF-8 text (lib/text/utf8.ts: a BOM is kept, so the text re-encodes to the same
 * bytes). A bad byte or a NUL is an error that says where: PostgreSQL cannot store NUL, so neither database may get one.
 */
export function readUtf8(file: string): { text: string; bytes: Buffer } {
  const bytes = readFileSync(file);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new SourceError('INVALID_UTF8', decoded.message, { file, ...decoded.at });
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const message = `a NUL byte at offset ${nul}: content files are text`;
    throw new SourceError('NUL_CHARACTER', message, { file, ...bytePositionAt(bytes, nul) });
  }
  return { text: decoded.text, bytes };
}
