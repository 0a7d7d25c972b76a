import { describe, expect, it } from 'vitest';
import { absolute, publicBase } from './public-url';

describe('publicBase', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['  ', null],
    ['not a url', null],
    ['ftp://example.org', null],
    ['https://tripline.example.org', 'https://tripline.example.org'],
    ['https://tripline.example.org/', 'https://tripline.example.org'],
    ['https://example.org/tripline/', 'https://example.org/tripline'],
    ['http://localhost:3000', 'http://localhost:3000'],
  ])('reads TRIPLINE_URL=%j as %j', (value, base) => {
    expect(publicBase({ TRIPLINE_URL: value })).toBe(base);
  });
});

describe('absolute', () => {
  it('puts a path on the public base, or leaves it root-relative', () => {
    expect(absolute('/techniques', 'https://t.example')).toBe('https://t.example/techniques');
    expect(absolute('/techniques', null)).toBe('/techniques');
  });
});
