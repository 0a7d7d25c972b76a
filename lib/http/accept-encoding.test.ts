import { describe, expect, it } from 'vitest';
import { preferredCoding } from './accept-encoding';

describe('preferredCoding', () => {
  it("takes brotli over gzip when both are equal, and the client's order of weights otherwise", () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('br;q=0.5, gzip')).toBe('gzip');
    expect(preferredCoding(['gzip', 'deflate'])).toBe('gzip');
    expect(preferredCoding('*')).toBe('br');
  });

  it('sends nothing compressed when nothing we make is acceptable', () => {
    expect(preferredCoding(undefined)).toBe('identity');
    expect(preferredCoding('')).toBe('identity');
    expect(preferredCoding('deflate')).toBe('identity');
    expect(preferredCoding('gzip;q=0, br;q=0')).toBe('identity');
    expect(preferredCoding('*, br;q=0, gzip;q=0')).toBe('identity');
    expect(preferredCoding('gzip;q=x')).toBe('identity');
  });
});
