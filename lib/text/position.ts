// Offsets into text and bytes as people read them: 1-based lines and columns. The one place that counts them.

export interface Position {
  line: number;
  column: number;
}

export const START: Position = { line: 1, column: 1 };

/** Line and column of a UTF-16 offset into text; the column counts UTF-16 code units, as editors do. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // A byte order mark takes no column: editors do not show it.
  const bom = lineStart === 0 && text.charCodeAt(0) === 0xfeff && end > 0 ? 1 : 0;
  return { line, column: end - lineStart + 1 - bom };
}

/**
 * Line and column of a byte offset into UTF-8 bytes that are valid up to the offset (where decoding stopped):
 * the column counts characters, not bytes, so it matches what an editor shows.
 */
export function bytePositionAt(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // The default decoder drops a leading byte order mark, which takes no column in an editor either.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, end));
  return { line, column: prefix.length + 1 };
}

/** Where the first match of `pattern` starts, or undefined; `pattern` may be global or not. */
export function positionOfMatch(text: string, pattern: RegExp): Position | undefined {
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
  return match ? positionAt(text, match.index) : undefined;
}
