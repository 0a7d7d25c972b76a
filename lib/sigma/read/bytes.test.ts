import { describe, expect, it } from 'vitest';
import { decodeRuleBytes } from './bytes';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeRuleBytes', () => {
  it('decodes valid UTF-8, multi-byte characters included', () => {
    expect(decodeRuleBytes(utf8('title: Ömer 😀 中文\n'))).toEqual({ ok: true, text: 'title: Ömer 😀 中文\n' });
  });

  it('refuses input over the size cap before decoding it, naming both sizes', () => {
    expect(decodeRuleBytes(new Uint8Array(2049), 2048)).toEqual({
      ok: false,
      finding: {
        code: 'SIZE_LIMIT',
        severity: 'error',
        path: '',
        line: 1,
        column: 1,
        message: 'file is 2049 bytes, over the maximum rule size of 2048 bytes (rejected before parsing)',
      },
    });
  });

  it('measures strings in UTF-8 bytes, not characters', () => {
    expect(decodeRuleBytes('ééé', 6).ok).toBe(true);
    const result = decodeRuleBytes('éééé', 6);
    expect(result.ok ? '' : result.finding.message).toBe(
      'file is larger than the maximum rule size of 6 bytes (rejected before parsing)',
    );
  });

  it('calls an empty or blank file empty', () => {
    const empty = decodeRuleBytes(new Uint8Array(0));
    const blank = decodeRuleBytes(utf8('  \n\n'));
    expect(empty.ok ? '' : `${empty.finding.code}: ${empty.finding.message}`).toBe(
      'EMPTY_FILE: file is empty: a Sigma rule needs at least one YAML document',
    );
    expect(blank.ok ? '' : blank.finding.code).toBe('EMPTY_FILE');
  });

  it('names the offset, the byte, and the line and column of invalid UTF-8 (a Latin-1 file)', () => {
    const bytes = new Uint8Array([...utf8('title: x\nauthor: '), 0xd6, ...utf8('mer\n')]);
    expect(decodeRuleBytes(bytes)).toEqual({
      ok: false,
      finding: {
        code: 'INVALID_UTF8',
        severity: 'error',
        path: '',
        line: 2,
        column: 9,
        message:
          'file is not valid UTF-8: invalid byte 0xd6 at byte offset 17 (Sigma rules must be UTF-8; was it saved as Latin-1?)',
      },
    });
  });

  it('keeps a byte order mark, so the text encodes back to the same bytes', () => {
    expect(decodeRuleBytes(utf8('\uFEFFtitle: x\n'))).toEqual({ ok: true, text: '\uFEFFtitle: x\n' });
  });

  it('counts the column in characters when the line has multi-byte text before the bad byte', () => {
    const bytes = new Uint8Array([...utf8('a: é'), 0xff]);
    const result = decodeRuleBytes(bytes);
    expect(result.ok ? undefined : [result.finding.line, result.finding.column]).toEqual([1, 5]);
  });
});
