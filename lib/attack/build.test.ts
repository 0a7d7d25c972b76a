import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type ImportOptions, importAttack } from './build';
import { serializeCatalog, writeFileAtomic } from './write';

const testdata = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const options: ImportOptions = {
  file: testdata('compact-release.json'),
  withDeprecatedFrom: testdata('stix-small.json'),
};
const dir = mkdtempSync(join(tmpdir(), 'tripline-attack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("importAttack on the project's own test files", () => {
  const result = importAttack(options);

  it('names every technique and counts the rules', () => {
    expect(result.catalog.nameSources).toEqual({
      mitre: 3,
      'previous-release': 3,
      'art-display': 1,
      'art-display-parent-stripped': 2,
      'art-display-prefix-mismatch': 0,
      'art-display-unprefixed': 0,
      'previous-release-retired': 4,
    });
    expect(result.catalog.techniques.map((t) => `${t.id} ${t.name}`)).toEqual([
      'T1020 Automated Exfiltration',
      'T1020.001 Traffic Duplication',
      'T1027 Obfuscated Files or Information',
      'T1027.018 Invisible Unicode',
      'T1064 Scripting',
      'T1066 Indicator Removal from Tools',
      'T1070 Indicator Removal',
      'T1070.004 File Deletion',
      'T1078 Valid Accounts',
      'T1562 Impair Defenses',
      'T1562.001 Disable or Modify Tools',
      'T1685 Disable or Modify Tools',
      'T1685.001 Disable or Modify Windows Event Log',
    ]);
  });

  it('writes the ARCHITECTURE.md shape, key order included', () => {
    const parsed = JSON.parse(result.text) as Record<string, unknown> & { tactics: object[]; techniques: object[] };
    expect(Object.keys(parsed)).toEqual([
      'version',
      'source',
      'generatedBy',
      'notes',
      'nameSources',
      'tactics',
      'techniques',
    ]);
    expect(Object.keys(parsed.tactics[0] ?? {})).toEqual(['id', 'shortname', 'name', 'url', 'order']);
    expect(parsed.techniques[1]).toEqual({
      id: 'T1020.001',
      name: 'Traffic Duplication',
      tactics: ['exfiltration'],
      parent: 'T1020',
      url: 'https://attack.mitre.org/techniques/T1020/001/',
      revoked: false,
      deprecated: false,
    });
    expect(parsed.version).toBe('19.1');
    expect(parsed.generatedBy).toBe('npm run import:attack');
    expect(parsed.source).toMatch(
      /^ATT&CK Enterprise 19\.1: compact-release\.json \(example\/attack-index@01234567\); retired IDs from ATT&CK 18\.1: stix-small\.json/,
    );
    expect(result.catalog.notes.some((n) => n.includes('TA0112') && n.includes('unverified'))).toBe(true);
  });

  it('is deterministic: two runs give identical bytes, 2-space JSON with a trailing newline', () => {
    const again = importAttack(options);
    expect(again.text).toBe(result.text);
    writeFileAtomic(join(dir, 'a.json'), result.text);
    writeFileAtomic(join(dir, 'b.json'), again.text);
    expect(readFileSync(join(dir, 'a.json')).equals(readFileSync(join(dir, 'b.json')))).toBe(true);
    expect(result.text.endsWith('}\n')).toBe(true);
    expect(result.text.split('\n')[1]).toBe('  "version": "19.1",');
  });

  it('serialises the same whatever order the data arrived in', () => {
    const { catalog } = result;
    const shuffled = {
      ...catalog,
      techniques: [...catalog.techniques].reverse(),
      tactics: [...catalog.tactics].reverse(),
    };
    expect(serializeCatalog(shuffled)).toBe(result.text);
  });

  it('needs --attack-version when the file states none, and refuses one that contradicts the file', () => {
    const data = JSON.parse(readFileSync(testdata('stix-small.json'), 'utf8')) as { objects: { type: string }[] };
    const file = join(dir, 'no-collection.json');
    writeFileAtomic(
      file,
      JSON.stringify({ ...data, objects: data.objects.filter((o) => o.type !== 'x-mitre-collection') }),
    );
    expect(() => importAttack({ file })).toThrow('the file does not state its ATT&CK version: pass --attack-version');
    expect(importAttack({ file, attackVersion: '18.1' }).catalog.version).toBe('18.1');
    expect(() => importAttack({ ...options, attackVersion: '18.0' })).toThrow(
      'the file says ATT&CK 19.1, the command line says 18.0',
    );
  });
});

describe('writeFileAtomic', () => {
  it('leaves only the target behind', () => {
    writeFileAtomic(join(dir, 'sub', 'c.json'), '{}\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['c.json']);
  });

  it('leaves the old file whole when the write fails', () => {
    writeFileAtomic(join(dir, 'd.json'), 'old\n');
    // Renaming a file over a directory fails after the temp file is written: the failure path under test.
    expect(() => writeFileAtomic(join(dir, 'sub'), 'new\n')).toThrow();
    expect(readFileSync(join(dir, 'd.json'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
