import { describe, expect, it } from 'vitest';
import { plainPage } from './plain-page';

describe('plainPage', () => {
  it('is an HTML page with the status, escaped text and the headers given', async () => {
    const res = plainPage(429, 'Too <many>', 'Wait "5" & retry', { 'retry-after': '5' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<h1>Too &lt;many&gt;</h1>');
    expect(html).toContain('Wait &quot;5&quot; &amp; retry');
  });
});
