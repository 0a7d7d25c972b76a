import { describe, expect, it } from 'vitest';
import { searchHref, withoutFilter } from './href';

describe('searchHref', () => {
  it('links to the canonical URL and removes one filter back to page 1', () => {
    const query = { q: 'mirror', platform: 'splunk', severity: 'high', page: 3 } as const;
    expect(searchHref({ q: '', page: 1 })).toBe('/search');
    expect(searchHref(query)).toBe('/search?q=mirror&platform=splunk&severity=high&page=3');
    expect(searchHref(withoutFilter(query, 'platform'))).toBe('/search?q=mirror&severity=high');
  });
});
