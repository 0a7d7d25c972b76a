import { describe, expect, it } from 'vitest';
import { originsOfRequest } from './request-origin';

const request = (url: string, headers: Record<string, string>) => new Request(url, { headers });

describe('the origins a request may come from', () => {
  it('are the origin of its URL and the one its Host header names', () => {
    expect(originsOfRequest(request('http://localhost:3401/api/x', { host: '127.0.0.1:3401' }))).toEqual([
      'http://localhost:3401',
      'http://127.0.0.1:3401',
    ]);
  });

  it('add https for a host reached through a TLS-terminating proxy, and ignore a Host that is no host', () => {
    expect(
      originsOfRequest(
        request('http://localhost:3000/', { host: 'tripline.example.org', 'x-forwarded-proto': 'https' }),
      ),
    ).toEqual(['http://localhost:3000', 'http://tripline.example.org', 'https://tripline.example.org']);
    expect(originsOfRequest(request('http://localhost:3000/', { host: 'evil.example/ x' }))).toEqual([
      'http://localhost:3000',
    ]);
  });
});
