import { describe, expect, it } from 'vitest';
import { pageMetadata } from './metadata';

describe('pageMetadata', () => {
  it('gives a page its title, description, canonical URL, Open Graph and Twitter card data alike', () => {
    expect(
      pageMetadata({
        title: 'Traffic Duplication',
        description: 'One sentence.',
        path: '/detections/x',
        type: 'article',
      }),
    ).toEqual({
      title: 'Traffic Duplication',
      description: 'One sentence.',
      alternates: { canonical: '/detections/x' },
      openGraph: {
        title: 'Traffic Duplication',
        description: 'One sentence.',
        url: '/detections/x',
        siteName: 'Tripline',
        type: 'article',
        locale: 'en',
      },
      twitter: { card: 'summary', title: 'Traffic Duplication', description: 'One sentence.' },
    });
  });
});
