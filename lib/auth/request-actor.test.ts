import { describe, expect, it } from 'vitest';
import { fromOurOrigin } from './request-actor';

const post = (headers: Record<string, string>) =>
  new Request('http://localhost:3401/api/v1/detections', { method: 'POST', headers });

describe('a state-changing request riding a cookie', () => {
  it('comes from our origin: the one Next names, or the host the browser reached', () => {
    expect(fromOurOrigin(post({ origin: 'http://localhost:3401', host: '127.0.0.1:3401' }))).toBe(true);
    expect(fromOurOrigin(post({ origin: 'http://127.0.0.1:3401', host: '127.0.0.1:3401' }))).toBe(true);
    expect(fromOurOrigin(post({ 'sec-fetch-site': 'same-origin', host: '127.0.0.1:3401' }))).toBe(true);
  });

  it('is refused from any other site, whatever host it names, and when it says nothing', () => {
    expect(fromOurOrigin(post({ origin: 'https://evil.example', host: '127.0.0.1:3401' }))).toBe(false);
    expect(fromOurOrigin(post({ origin: 'http://127.0.0.1:3401', host: 'tripline.example.org' }))).toBe(false);
    expect(fromOurOrigin(post({ host: '127.0.0.1:3401' }))).toBe(false);
  });
});
