import { describe, expect, it } from 'vitest';
import { decodeRuns, encodeRuns, joinLines } from './runs';

const FG = '#E6EDF3';

describe('colour runs', () => {
  it('merges tokens of one style, leaves the panel colour implicit and indexes the palette', () => {
    const { runs, palette } = encodeRuns(
      [
        [
          { content: 'SELECT', color: '#FF7B72' },
          { content: ' ', color: FG },
          { content: '*', color: '#E6EDF3' },
          { content: ' FROM', color: '#ff7b72' },
          { content: ' events', color: FG },
        ],
        [],
        [
          { content: 'LAST', color: '#FF7B72' },
          { content: ' 24', color: '#79C0FF' },
        ],
      ],
      FG,
    );
    expect(palette).toEqual(['#ff7b72', '#79c0ff']);
    expect(runs).toBe('6A2.5A,,4A3B');
    expect(decodeRuns('SELECT * FROM events\n\nLAST 24', runs)).toEqual([
      [{ text: 'SELECT', style: 0 }, { text: ' *' }, { text: ' FROM', style: 0 }, { text: ' events' }],
      [],
      [
        { text: 'LAST', style: 0 },
        { text: ' 24', style: 1 },
      ],
    ]);
  });

  it('writes lengths past 9 in base 36 and keeps font styles apart from colour alone', () => {
    const long = 'x'.repeat(40);
    const { runs, palette } = encodeRuns(
      [
        [
          { content: long, color: '#8B949E', fontStyle: 1 },
          { content: '!', color: '#8B949E' },
        ],
      ],
      FG,
    );
    expect(runs).toBe('14A1B');
    expect(palette).toEqual(['#8b949e i', '#8b949e']);
  });

  it('never loses text when the runs do not fit the code', () => {
    expect(decodeRuns('abc\ndef', '')).toEqual([[{ text: 'abc' }], [{ text: 'def' }]]);
    expect(decodeRuns('abcdef', '2A')).toEqual([[{ text: 'ab', style: 0 }, { text: 'cdef' }]]);
    expect(decodeRuns('ab', 'zzA3.')).toEqual([[{ text: 'ab', style: 0 }]]);
    expect(decodeRuns('a\r\nb', '1A,1A')).toEqual([[{ text: 'a', style: 0 }], [{ text: 'b', style: 0 }]]);
  });

  it('joins lines into one run of segments, merging panel-coloured text across line breaks', () => {
    const lines = decodeRuns('SELECT *\n\nFROM x\nLAST 24', '6A,,4A,4A3B');
    expect(joinLines(lines)).toEqual([
      { text: 'SELECT', style: 0 },
      { text: ' *\n\n' },
      { text: 'FROM', style: 0 },
      { text: ' x\n' },
      { text: 'LAST', style: 0 },
      { text: ' 24', style: 1 },
    ]);
    expect(joinLines([])).toEqual([]);
  });
});
