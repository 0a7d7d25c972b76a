import { describe, expect, it } from 'vitest';
import { absolute, publicBase, publicBaseFor } from './public-url';

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

describe('publicBaseFor', () => {
  // As Next hands a route handler a request under `next start -H 127.0.0.1`: its URL on Next's own hostname.
  const asked = (host: string | null, url = 'http://localhost:3701/robots.txt') =>
    new Request(url, { headers: host === null ? {} : { host } });

  it('is TRIPLINE_URL when it is set, whatever the request', () => {
    expect(publicBaseFor(asked('127.0.0.1:3701'), { TRIPLINE_URL: 'https://t.example/' })).toBe('https://t.example');
  });

  it('is the host the request was sent to, on the scheme of its URL', () => {
    expect(publicBaseFor(asked('127.0.0.1:3701'), {})).toBe('http://127.0.0.1:3701');
    expect(publicBaseFor(asked('Tripline.Example.org'), {})).toBe('http://tripline.example.org');
    expect(publicBaseFor(asked('[::1]:3701'), {})).toBe('http://[::1]:3701');
    expect(publicBaseFor(asked('t.example', 'https://localhost:3701/robots.txt'), {})).toBe('https://t.example');
  });

  it.each(['evil.example/path', 'user@evil.example', 'a b', 't.example:port', ''])(
    'falls back to the URL for a Host of %j',
    (host) => {
      expect(publicBaseFor(asked(host), {})).toBe('http://localhost:3701');
    },
  );
});
