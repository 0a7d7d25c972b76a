import { describe, expect, it } from 'vitest';
import { summaryOf } from './summary';

describe('summaryOf', () => {
  it('takes the first sentence', () => {
    expect(summaryOf('Detects X. Also Y.', 'T')).toBe('Detects X.');
    expect(summaryOf('Is this bad? Yes.', 'T')).toBe('Is this bad?');
    expect(summaryOf('Detects\n  folded\n  text. Next', 'T')).toBe('Detects folded text.');
  });

  it('does not stop at abbreviations or version numbers', () => {
    expect(summaryOf('Detects tools, e.g. procdump, used on hosts. More.', 'T')).toBe(
      'Detects tools, e.g. procdump, used on hosts.',
    );
    expect(summaryOf('Detects version 1.2 of the tool. More.', 'T')).toBe('Detects version 1.2 of the tool.');
  });

  it('uses the whole text without a sentence end, and the title without a description', () => {
    expect(summaryOf('Detects X', 'T')).toBe('Detects X');
    expect(summaryOf(undefined, 'The title')).toBe('The title');
    expect(summaryOf('   ', 'The title')).toBe('The title');
  });

  it('caps a very long first sentence at a word boundary', () => {
    const long = `${'word '.repeat(100)}end.`;
    const summary = summaryOf(long, 'T');
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary.endsWith('word…')).toBe(true);
  });
});
