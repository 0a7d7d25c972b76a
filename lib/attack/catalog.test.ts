import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importAttack } from './build';
import { isTechniqueId, loadAttackCatalog, techniqueStatus, techniqueUrl } from './catalog';

const testdata = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tripline-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const path = join(dir, 'enterprise-attack.json');
writeFileSync(
  path,
  importAttack({ file: testdata('compact-release.json'), withDeprecatedFrom: testdata('stix-small.json') }).text,
);

describe('loadAttackCatalog', () => {
  const catalog = loadAttackCatalog(path);

  it('returns version, tactics, techniques and lookups', () => {
    expect(catalog.version).toBe('19.1');
    expect(catalog.tactics.map((t) => t.shortname)).toEqual([
      'persistence',
      'stealth',
      'defense-impairment',
      'exfiltration',
    ]);
    expect(catalog.byId.get('T1020.001')).toMatchObject({
      name: 'Traffic Duplication',
      parent: 'T1020',
      tactics: ['exfiltration'],
    });
    expect(catalog.tacticByShortname.get('exfiltration')?.id).toBe('TA0010');
  });

  it('caches per path', () => {
    expect(loadAttackCatalog(path)).toBe(catalog);
  });

  it('tells active, revoked, deprecated and unknown IDs apart', () => {
    expect(
      ['T1020.001', 'T1066', 'T1064', 'T1562.001', 'T9999', 't1020.001'].map((id) => techniqueStatus(catalog, id)),
    ).toEqual(['active', 'revoked', 'deprecated', 'revoked', 'unknown', 'active']);
  });

  it('rejects a catalog that breaks its own rules, naming the file', () => {
    const bad = join(dir, 'bad.json');
    const file = JSON.parse(importAttack({ file: testdata('compact-release.json') }).text) as {
      techniques: { tactics: string[] }[];
    };
    file.techniques[0]!.tactics = ['defense-evasion'];
    writeFileSync(bad, JSON.stringify(file));
    expect(() => loadAttackCatalog(bad)).toThrow(
      /^invalid ATT&CK catalog: techniques\.0\.tactics: T1020: unknown tactic "defense-evasion"/,
    );
    expect(() => loadAttackCatalog(join(dir, 'absent.json'))).toThrow(/^cannot load the ATT&CK catalog: ENOENT/);
  });
});

describe('helpers', () => {
  it('techniqueUrl builds attack.mitre.org URLs', () => {
    expect(techniqueUrl('T1020')).toBe('https://attack.mitre.org/techniques/T1020/');
    expect(techniqueUrl('T1020.001')).toBe('https://attack.mitre.org/techniques/T1020/001/');
  });

  it('isTechniqueId accepts Tnnnn and Tnnnn.nnn only', () => {
    expect(['T1020', 'T1020.001'].every(isTechniqueId)).toBe(true);
    expect(['t1020', 'T102', 'T1020.1', 'TA0010', 'T1020.001 '].some(isTechniqueId)).toBe(false);
  });
});
