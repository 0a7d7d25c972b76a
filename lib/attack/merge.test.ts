import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { retiredFrom } from './merge';
import { resolveNames } from './names';
import { readRelease } from './read';

const testdata = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));

describe('retiredFrom', () => {
  const previous = readRelease(testdata('stix-small.json'));
  const current = resolveNames(readRelease(testdata('compact-release.json')), previous).techniques;
  const retired = retiredFrom(previous, current, 'compact-release.json');

  it("adds the older release's revoked and deprecated IDs, flagged, without tactics", () => {
    expect(retired.techniques.filter((t) => t.id === 'T1064' || t.id === 'T1066')).toEqual([
      {
        id: 'T1064',
        name: 'Scripting',
        tactics: [],
        parent: null,
        url: 'https://attack.mitre.org/techniques/T1064/',
        revoked: false,
        deprecated: true,
      },
      {
        id: 'T1066',
        name: 'Indicator Removal from Tools',
        tactics: [],
        parent: null,
        url: 'https://attack.mitre.org/techniques/T1066/',
        revoked: true,
        deprecated: false,
      },
    ]);
  });

  it('flags IDs active then but missing now as revoked, and lists them in the notes', () => {
    expect(retired.inferred).toEqual(['T1562', 'T1562.001']);
    expect(retired.techniques.find((t) => t.id === 'T1562.001')).toMatchObject({
      revoked: true,
      parent: 'T1562',
      tactics: [],
    });
    expect(retired.notes).toEqual([
      '4 retired techniques come from ATT&CK 18.1, ' +
        previous.source +
        ": 1 flagged revoked and 1 flagged deprecated there, 2 active there but absent from the current release. They keep that release's name and list no tactics.",
      "Flagged revoked by inference: active in 18.1 but missing from compact-release.json, which does not list them at all (MITRE's exact status for them was not read): T1562, T1562.001.",
    ]);
  });

  it('never overrides an ID the current release has', () => {
    expect(retired.techniques.map((t) => t.id)).not.toContain('T1020');
  });
});
