import { describe, expect, it } from 'vitest';
import { shownPlatforms } from './shown-platforms';

const platform = (slug: string, order: number) => ({ slug, name: slug, shortName: slug, language: 'X', order });
const PLATFORMS = [platform('splunk', 2), platform('qradar', 1), platform('sentinel', 3), platform('elastic', 4)];

describe('shownPlatforms', () => {
  it('offers written queries first-hand, converted ones where none was written, in display order', () => {
    const shown = shownPlatforms(
      [{ platformSlug: 'splunk', dataSources: [{ dataSource: { name: 'Sysmon' } }] }],
      [
        { platformSlug: 'splunk', query: 'converted splunk', dataSources: ['ignored'] },
        { platformSlug: 'sentinel', query: null, dataSources: [] },
        { platformSlug: 'qradar', query: 'SELECT 1', dataSources: ['Windows Security Event Log'] },
        { platformSlug: 'qradar', query: null, dataSources: ['Windows Security Event Log', 'Sysmon'] },
      ],
      PLATFORMS,
    );
    expect(shown.map((s) => [s.platformSlug, s.converted, s.hasQuery, s.dataSources])).toEqual([
      ['qradar', true, true, ['Windows Security Event Log', 'Sysmon']],
      ['splunk', false, true, ['Sysmon']],
      ['sentinel', true, false, []],
    ]);
  });
});
