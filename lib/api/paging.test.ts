import { describe, expect, it } from 'vitest';
import { paged } from './paging';

describe('paged', () => {
  const url = new URL('http://localhost/api/v1/detections?q=aws&page=50');

  it('offers no next page past the matches a search lists, however many there are', () => {
    const body = paged(url, [], { total: 5000, pageable: 1000, page: 50, pageSize: 20 });
    expect(body).toMatchObject({ total: 5000, page: 50 });
    expect(body.links).toEqual({
      self: '/api/v1/detections?q=aws&page=50',
      next: null,
      prev: '/api/v1/detections?q=aws&page=49',
    });
  });

  it('pages to the end of everything when nothing limits it', () => {
    expect(paged(url, [], { total: 5000, page: 50, pageSize: 20 }).links.next).toBe('/api/v1/detections?q=aws&page=51');
  });
});
