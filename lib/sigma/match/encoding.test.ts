import { describe, expect, it } from 'vitest';
import { base64, base64Offsets, encodeParts, windashVariants } from './encoding';
import { ANY } from './wildcard';

describe('encodeParts', () => {
  it('encodes as the modifiers appendix shows, keeping wildcards', () => {
    expect(encodeParts(['cmd', ANY], 'utf16le')).toEqual(['c\x00m\x00d\x00', ANY]);
    expect(encodeParts(['cmd'], 'utf16be')).toEqual(['\x00c\x00m\x00d']);
    expect(encodeParts(['cmd'], 'utf16')).toEqual(['\xff\xfe', 'c\x00m\x00d\x00']);
  });
});

describe('base64', () => {
  it('encodes text as UTF-8 and byte strings byte for byte', () => {
    expect(base64({ text: 'whoami', bytes: false })).toBe('d2hvYW1p');
    expect(base64({ text: 'I\x00E\x00X\x00', bytes: true })).toBe('SQBFAFgA');
    expect(base64({ text: 'é', bytes: false })).toBe('w6k=');
  });
});

describe('base64Offsets', () => {
  it('gives the stable middle of the value for each of the three shifts', () => {
    // base64('ping') = cGluZw==, base64(' ping') = IHBpbmc=, base64('  ping') = ICBwaW5n
    expect(base64Offsets({ text: 'ping', bytes: false })).toEqual(['cGluZ', 'Bpbm', 'waW5n']);
  });

  it('keeps the whole encoding when the value fills its groups', () => {
    // base64('abc') = YWJj, base64(' abc') = IGFiYw==, base64('  abc') = ICBhYmM=
    expect(base64Offsets({ text: 'abc', bytes: false })).toEqual(['YWJj', 'FiY', 'hYm']);
  });
});

describe('windashVariants', () => {
  it('spells each option dash five ways', () => {
    expect(windashVariants([' -a ', ANY])).toEqual([
      [' -a ', ANY],
      [' /a ', ANY],
      [' \u2013a ', ANY],
      [' \u2014a ', ANY],
      [' \u2015a ', ANY],
    ]);
  });

  it('multiplies the spellings of several dashes', () => {
    expect(windashVariants(['-a -b'])?.length).toBe(25);
  });

  it('leaves dashes inside words and before spaces alone', () => {
    expect(windashVariants(['x-y - z'])).toEqual([['x-y - z']]);
  });

  it('refuses to expand an absurd number of dashes', () => {
    expect(windashVariants(['-a -b -c -d -e -f'])).toBeNull();
  });
});
