import { describe, expect, it } from 'vitest';
import { isSlug } from '../slug';
import { slugOfTitle } from './slug';

describe('a slug proposed from a title', () => {
  it('is the title in lowercase words joined by hyphens, accents dropped', () => {
    expect(slugOfTitle('  Traffic Duplication (AWS) ')).toBe('traffic-duplication-aws');
    expect(slugOfTitle('Créer un instantané — cloud')).toBe('creer-un-instantane-cloud');
    expect(slugOfTitle('***')).toBe('');
    const long = slugOfTitle('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(isSlug(long)).toBe(true);
  });
});
