import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from './diagnostics';

const text = 'title: x\nlevel: severe\n\nend';

describe('findings as ranges of the text', () => {
  it('underlines the word at the finding’s line and column', () => {
    const [d] = diagnosticsOf(text, [{ line: 2, column: 8, severity: 'error', message: 'bad level', code: 'SCHEMA' }]);
    expect(text.slice(d?.from, d?.to)).toBe('severe');
    expect(d).toMatchObject({ severity: 'error', message: 'bad level (SCHEMA)' });
  });

  it('underlines the whole line when there is no word there, and keeps findings past the end inside the text', () => {
    const [blank, past, none] = diagnosticsOf(text, [
      { line: 1, column: 9, severity: 'warning', message: 'end of line' },
      { line: 99, column: 99, severity: 'error', message: 'past the end' },
      { line: null, column: null, severity: 'error', message: 'the whole rule' },
    ]);
    expect(text.slice(blank?.from, blank?.to)).toBe('title: x');
    expect(text.slice(past?.from, past?.to)).toBe('end');
    expect(text.slice(none?.from, none?.to)).toBe('title');
  });
});
