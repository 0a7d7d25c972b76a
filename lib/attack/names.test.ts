import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors';
import { resolveNames } from './names';
import type { ImportedRelease, ImportedTechnique } from './types';

const technique = (
  id: string,
  names: Partial<Pick<ImportedTechnique, 'name' | 'artDisplayName' | 'previousName' | 'revoked'>>,
): ImportedTechnique => ({
  id,
  name: null,
  artDisplayName: null,
  previousName: null,
  tactics: ['exfiltration'],
  parent: id.includes('.') ? id.slice(0, 5) : null,
  revoked: false,
  deprecated: false,
  ...names,
});

const release = (file: string, techniques: ImportedTechnique[]): ImportedRelease => ({
  file,
  version: null,
  source: file,
  tactics: [],
  techniques,
  notes: [],
  warnings: [],
});

describe('resolveNames, rule by rule', () => {
  it("1. MITRE's name wins over everything else", () => {
    const r = resolveNames(
      release('new.json', [
        technique('T1020', { name: 'Automated Exfiltration', artDisplayName: 'Other', previousName: 'Older' }),
      ]),
    );
    expect(r.techniques[0]?.name).toBe('Automated Exfiltration');
    expect(r.sources.get('T1020')).toBe('mitre');
  });

  it("2. the previous release's official name beats ART's wording", () => {
    const r = resolveNames(
      release('new.json', [
        technique('T1070', { artDisplayName: 'Indicator Removal on Host', previousName: 'Indicator Removal' }),
        technique('T1070.004', {
          artDisplayName: 'Indicator Removal on Host: File Deletion',
          previousName: 'File Deletion',
        }),
      ]),
    );
    expect(r.techniques.map((t) => t.name)).toEqual(['Indicator Removal', 'File Deletion']);
    expect(r.counts['previous-release']).toBe(2);
  });

  it('2. a previous-release file is used when the new file carries no previous name, if the ID was active there', () => {
    const previous = release('old.json', [
      technique('T1020', { name: 'Automated Exfiltration' }),
      technique('T1021', { name: 'Remote Services', revoked: true }),
    ]);
    const r = resolveNames(
      release('new.json', [
        technique('T1020', { artDisplayName: 'Automated Exfil' }),
        technique('T1021', { artDisplayName: 'Remote Services (ART)' }),
      ]),
      previous,
    );
    expect(r.techniques.map((t) => [t.name, r.sources.get(t.id)])).toEqual([
      ['Automated Exfiltration', 'previous-release'],
      ['Remote Services (ART)', 'art-display'],
    ]);
  });

  it('2. an embedded previous name that the previous-release file contradicts is ignored, with a warning', () => {
    const r = resolveNames(
      release('new.json', [technique('T1099', { artDisplayName: 'Made Up', previousName: 'Claimed Old Name' })]),
      release('old.json', []),
    );
    expect(r.techniques[0]?.name).toBe('Made Up');
    expect(r.warnings).toEqual([
      'T1099: new.json gives previous name "Claimed Old Name" but old.json has no active T1099 with parent null; ignored',
    ]);
  });

  it('3. ART names: top-level as is, "Parent: Sub" stripped when the prefix is the parent\'s resolved name', () => {
    const r = resolveNames(
      release('new.json', [
        technique('T1685', { artDisplayName: 'Disable or Modify Tools' }),
        technique('T1685.001', { artDisplayName: 'Disable or Modify Tools: Disable or Modify Windows Event Log' }),
      ]),
    );
    expect(r.techniques.map((t) => t.name)).toEqual(['Disable or Modify Tools', 'Disable or Modify Windows Event Log']);
    expect(r.counts).toMatchObject({ 'art-display': 1, 'art-display-parent-stripped': 1 });
    expect(r.warnings).toEqual([]);
  });

  it("3. the prefix is checked against the parent's resolved name, not its ART name", () => {
    const r = resolveNames(
      release('new.json', [
        technique('T1218', {
          artDisplayName: 'Signed Binary Proxy Execution',
          previousName: 'System Binary Proxy Execution',
        }),
        technique('T1218.099', { artDisplayName: 'Signed Binary Proxy Execution: Mshta' }),
        technique('T1218.098', { artDisplayName: 'Odbcconf' }),
      ]),
    );
    expect(r.techniques.map((t) => [t.id, t.name, r.sources.get(t.id)])).toEqual([
      ['T1218', 'System Binary Proxy Execution', 'previous-release'],
      ['T1218.099', 'Mshta', 'art-display-prefix-mismatch'],
      ['T1218.098', 'Odbcconf', 'art-display-unprefixed'],
    ]);
    expect(r.warnings).toEqual([
      'T1218.099: ART name "Signed Binary Proxy Execution: Mshta" has prefix "Signed Binary Proxy Execution", not the parent\'s name "System Binary Proxy Execution"; kept "Mshta"',
      'T1218.098: ART name "Odbcconf" has no "System Binary Proxy Execution: " prefix; kept as is',
    ]);
  });

  it('a technique with no name from any rule is an error naming it', () => {
    expect(() => resolveNames(release('new.json', [technique('T1020', {})]))).toThrow(SourceError);
    expect(() => resolveNames(release('new.json', [technique('T1020', {})]))).toThrow(/^T1020: no name/);
  });

  it('counts every rule, zeros included, and builds canonical URLs', () => {
    const r = resolveNames(release('new.json', [technique('T1020', { name: 'Automated Exfiltration' })]));
    expect(r.counts).toEqual({
      mitre: 1,
      'previous-release': 0,
      'art-display': 0,
      'art-display-parent-stripped': 0,
      'art-display-prefix-mismatch': 0,
      'art-display-unprefixed': 0,
      'previous-release-retired': 0,
    });
    expect(r.techniques[0]?.url).toBe('https://attack.mitre.org/techniques/T1020/');
  });
});
