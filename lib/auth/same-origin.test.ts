import { afterEach, describe, expect, it } from 'vitest';
import { fromOurOrigin } from './request-actor';
import { headersFromOurOrigin } from './same-origin';

const h = (init: Record<string, string>) => new Headers(init);

describe('the cross-site check', () => {
  afterEach(() => {
    delete process.env.TRIPLINE_URL;
  });

  it('takes a request from our own origin, by Origin or Sec-Fetch-Site, and refuses one that says neither', () => {
    const post = (headers: Record<string, string>) =>
      new Request('http://127.0.0.1:3000/api/v1/detections', { method: 'POST', headers });
    expect(fromOurOrigin(post({ origin: 'http://127.0.0.1:3000' }))).toBe(true);
    expect(fromOurOrigin(post({ origin: 'https://evil.example' }))).toBe(false);
    expect(fromOurOrigin(post({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(fromOurOrigin(post({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(fromOurOrigin(post({}))).toBe(false);
  });

  it('judges a server action by the Host it was sent to, the scheme a proxy reports, or TRIPLINE_URL', () => {
    expect(headersFromOurOrigin(h({ host: 'tripline.test', origin: 'http://tripline.test' }))).toBe(true);
    expect(headersFromOurOrigin(h({ host: 'tripline.test', origin: 'https://tripline.test' }))).toBe(false);
    expect(
      headersFromOurOrigin(h({ host: 'tripline.test', origin: 'https://tripline.test', 'x-forwarded-proto': 'https' })),
    ).toBe(true);
    expect(headersFromOurOrigin(h({ host: 'tripline.test', origin: 'http://evil.example' }))).toBe(false);
    expect(headersFromOurOrigin(h({ host: 'tripline.test', origin: 'null' }))).toBe(false);
    expect(headersFromOurOrigin(h({ host: 'tripline.test' }))).toBe(false);
    expect(headersFromOurOrigin(h({ host: 'tripline.test', 'sec-fetch-site': 'same-origin' }))).toBe(true);
    process.env.TRIPLINE_URL = 'https://detections.example.org/';
    expect(headersFromOurOrigin(h({ host: '10.0.0.5:3000', origin: 'https://detections.example.org' }))).toBe(true);
  });
});
