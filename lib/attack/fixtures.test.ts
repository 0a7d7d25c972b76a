// Against the real ATT&CK material in ../shared/fixtures/attack (beside the checkout). When that folder is absent
// these tests fail and say so: a green run must mean the shipped catalog was checked against its sources.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportOptions, importAttack } from './build';
import { loadAttackCatalog, techniqueStatus } from './catalog';
import { readRelease } from './read';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(root, '..', 'shared', 'fixtures', 'attack');
const SHIPPED = join(root, 'content', 'attack', 'enterprise-attack.json');

function fixture(name: string): string {
  if (!existsSync(FIXTURES)) {
    throw new Error(
      `the ATT&CK fixtures folder is absent: ${FIXTURES} (expected ../shared/fixtures beside the checkout)`,
    );
  }
  const path = join(FIXTURES, name);
  if (!existsSync(path)) throw new Error(`ATT&CK fixture file is absent: ${path}`);
  return path;
}

/** The options of the command that wrote content/attack/enterprise-attack.json. */
const shippedOptions = (): ImportOptions => ({
  file: fixture('enterprise-attack-19.1-from-art-index.json'),
  withDeprecatedFrom: fixture('enterprise-attack-18.1-stix-subset.json'),
  previousVersion: '18.1',
});

describe('ATT&CK fixtures (../shared/fixtures/attack)', () => {
  it('the fixtures folder is present', () => {
    expect(existsSync(FIXTURES), `the ATT&CK fixtures folder is absent: ${FIXTURES}`).toBe(true);
  });

  it('the real 18.1 STIX bundle parses to 14 tactics and 216 + 475 active techniques', () => {
    const release = readRelease(fixture('enterprise-attack-18.1-stix-subset.json'));
    const active = release.techniques.filter((t) => !t.revoked && !t.deprecated);
    expect(release.tactics).toHaveLength(14);
    expect(release.tactics.map((t) => t.shortname).slice(0, 3)).toEqual([
      'reconnaissance',
      'resource-development',
      'initial-access',
    ]);
    expect(active.filter((t) => t.parent === null)).toHaveLength(216);
    expect(active.filter((t) => t.parent !== null)).toHaveLength(475);
    expect(release.techniques.filter((t) => t.revoked)).toHaveLength(132);
    expect(release.techniques.filter((t) => t.deprecated)).toHaveLength(12);
  });

  it('the 18.1 STIX bundle and the 18.1 compact files give the same facts', () => {
    const stix = readRelease(fixture('enterprise-attack-18.1-stix-subset.json'));
    const compact = readRelease(fixture('enterprise-attack-18.1-techniques.compact.json'), {
      tacticsFile: fixture('enterprise-attack-18.1-tactics.json'),
    });
    expect(compact.tactics).toEqual(stix.tactics);
    expect(compact.techniques).toEqual(stix.techniques);
  });

  it('the shipped catalog is byte for byte what the import produces from the 19.1 fixture (+ 18.1)', () => {
    expect(readFileSync(SHIPPED, 'utf8')).toBe(importAttack(shippedOptions()).text);
  });

  it('the 19.1 compact list with the 19.1 tactics gives the same techniques as the full 19.1 file', () => {
    const compact = importAttack({
      ...shippedOptions(),
      file: fixture('enterprise-attack-19.1-from-art-index.compact.json'),
      tacticsFile: fixture('enterprise-attack-19.1-from-art-index.json'),
    });
    const full = importAttack(shippedOptions());
    expect(compact.catalog.techniques).toEqual(full.catalog.techniques);
    expect(compact.catalog.tactics).toEqual(full.catalog.tactics);
  });
});

describe('the shipped catalog (content/attack/enterprise-attack.json)', () => {
  const catalog = () => loadAttackCatalog(SHIPPED);

  it('is v19.1 with Stealth and Defense Impairment in place of Defense Evasion', () => {
    const { version, tactics, tacticByShortname } = catalog();
    expect(version).toBe('19.1');
    expect(tactics).toHaveLength(15);
    expect(tacticByShortname.get('stealth')).toMatchObject({ id: 'TA0005', name: 'Stealth', order: 7 });
    expect(tacticByShortname.get('defense-impairment')).toMatchObject({
      id: 'TA0112',
      name: 'Defense Impairment',
      order: 8,
    });
    expect(tacticByShortname.has('defense-evasion')).toBe(false);
    const file = JSON.parse(readFileSync(SHIPPED, 'utf8')) as { notes: string[] };
    expect(file.notes.some((n) => n.includes('TA0112') && n.includes('unverified'))).toBe(true);
  });

  it('has T1020.001 Traffic Duplication under Exfiltration, parent T1020 Automated Exfiltration', () => {
    const { byId, tacticByShortname } = catalog();
    const technique = byId.get('T1020.001');
    expect(technique).toEqual({
      id: 'T1020.001',
      name: 'Traffic Duplication',
      tactics: ['exfiltration'],
      parent: 'T1020',
      url: 'https://attack.mitre.org/techniques/T1020/001/',
      revoked: false,
      deprecated: false,
    });
    expect(tacticByShortname.get('exfiltration')?.id).toBe('TA0010');
    expect(byId.get('T1020')?.name).toBe('Automated Exfiltration');
  });

  it('has 697 active techniques, each with a name, and counts its name sources', () => {
    const active = catalog().techniques.filter((t) => !t.revoked && !t.deprecated);
    expect(active).toHaveLength(697);
    expect(active.every((t) => t.name.trim() === t.name && t.name.length > 0 && !t.name.includes(':'))).toBe(true);
    const file = JSON.parse(readFileSync(SHIPPED, 'utf8')) as { nameSources: Record<string, number> };
    expect(file.nameSources).toEqual({
      mitre: 356,
      'previous-release': 330,
      'art-display': 5,
      'art-display-parent-stripped': 6,
      'art-display-prefix-mismatch': 0,
      'art-display-unprefixed': 0,
      'previous-release-retired': 161,
    });
  });

  it('knows every 18.1 ID: retired ones look up as revoked/deprecated, not unknown', () => {
    const release = readRelease(fixture('enterprise-attack-18.1-stix-subset.json'));
    const statuses = new Set(release.techniques.map((t) => techniqueStatus(catalog(), t.id)));
    expect(statuses.has('unknown')).toBe(false);
    expect(techniqueStatus(catalog(), 'T1562.001')).toBe('revoked');
    expect(techniqueStatus(catalog(), 'T1066')).toBe('revoked');
    expect(techniqueStatus(catalog(), 'T1064')).toBe('deprecated');
  });
});
