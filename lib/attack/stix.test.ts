import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors';
import { readRelease } from './read';
import { parseStixBundle } from './stix';

const testdata = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const small = testdata('stix-small.json');
const bundle = () => JSON.parse(readFileSync(small, 'utf8')) as { objects: Record<string, unknown>[] };

function errorOf(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
}

describe('parseStixBundle on a small bundle', () => {
  const release = readRelease(small);

  it('orders tactics as the matrix does, not as the objects appear, and skips other domains', () => {
    expect(release.tactics).toEqual([
      {
        id: 'TA0003',
        shortname: 'persistence',
        name: 'Persistence',
        url: 'https://attack.mitre.org/tactics/TA0003/',
        order: 1,
      },
      {
        id: 'TA0005',
        shortname: 'defense-evasion',
        name: 'Defense Evasion',
        url: 'https://attack.mitre.org/tactics/TA0005/',
        order: 2,
      },
      {
        id: 'TA0010',
        shortname: 'exfiltration',
        name: 'Exfiltration',
        url: 'https://attack.mitre.org/tactics/TA0010/',
        order: 3,
      },
    ]);
  });

  it('reads the ATT&CK version from the x-mitre-collection', () => {
    expect(release.version).toBe('18.1');
    expect(release.source).toMatch(/^stix-small\.json \(STIX 2\.0 bundle bundle--/);
  });

  it('reads techniques and sub-techniques with parent and tactics, sorted by ID', () => {
    expect(release.techniques.map((t) => t.id)).toEqual([
      'T1020',
      'T1020.001',
      'T1027',
      'T1064',
      'T1066',
      'T1070',
      'T1070.004',
      'T1078',
      'T1562',
      'T1562.001',
    ]);
    expect(release.techniques.find((t) => t.id === 'T1020.001')).toEqual({
      id: 'T1020.001',
      name: 'Traffic Duplication',
      artDisplayName: null,
      previousName: null,
      tactics: ['exfiltration'],
      parent: 'T1020',
      revoked: false,
      deprecated: false,
    });
  });

  it('keeps only mitre-attack kill chain phases, in matrix order', () => {
    expect(release.techniques.find((t) => t.id === 'T1078')?.tactics).toEqual(['persistence', 'defense-evasion']);
  });

  it('flags revoked and deprecated techniques', () => {
    const flags = (id: string) => release.techniques.find((t) => t.id === id);
    expect(flags('T1066')).toMatchObject({ revoked: true, deprecated: false });
    expect(flags('T1064')).toMatchObject({ revoked: false, deprecated: true });
  });

  it('carries no descriptions', () => {
    expect(JSON.stringify(release)).not.toContain('must not carry');
  });
});

describe('parseStixBundle errors name the object and the problem', () => {
  it('an attack-pattern without an ATT&CK ID: file, line of the object, STIX id', () => {
    const file = testdata('stix-missing-id.json');
    const error = errorOf(() => readRelease(file));
    const stixId = 'attack-pattern--00001099-0000-4000-8000-000000000000';
    expect(error.code).toBe('ATTACK_STIX_MISSING_ID');
    expect(error.file).toBe(file);
    expect(error.message).toBe(
      `${stixId}: no external_references entry with source_name "mitre-attack" and an external_id`,
    );
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(`"id": "${stixId}"`)) + 1;
    expect(error.line).toBe(line);
  });

  it('an object without a STIX id is named by its index, type and name', () => {
    const data = bundle();
    const index = data.objects.findIndex((o) => o.name === 'Valid Accounts');
    delete data.objects[index]?.id;
    const error = errorOf(() => parseStixBundle(data, 'x.json'));
    expect(error.code).toBe('ATTACK_STIX_MISSING_ID');
    expect(error.message).toBe(`objects[${index}] (attack-pattern "Valid Accounts"): has no STIX "id"`);
  });

  const mutate = (change: (objects: Record<string, unknown>[]) => void) => {
    const data = bundle();
    change(data.objects);
    return errorOf(() => parseStixBundle(data, 'x.json')).message;
  };
  const byName = (objects: Record<string, unknown>[], name: string) => {
    const found = objects.find((o) => o.name === name);
    if (!found) throw new Error(name);
    return found;
  };

  it('a kill chain phase that is not a tactic of the matrix', () => {
    expect(
      mutate((o) => {
        byName(o, 'Scripting').kill_chain_phases = [{ kill_chain_name: 'mitre-attack', phase_name: 'execution' }];
      }),
    ).toMatch(/^attack-pattern--\S+: kill_chain_phases names "execution", which is not a tactic of the matrix$/);
  });

  it('a sub-technique flag that contradicts the ID', () => {
    expect(
      mutate((o) => {
        byName(o, 'File Deletion').x_mitre_is_subtechnique = false;
      }),
    ).toMatch(/x_mitre_is_subtechnique is false but T1070\.004 is a sub-technique ID$/);
  });

  it('a sub-technique whose parent is missing', () => {
    expect(
      mutate((o) => {
        o.splice(o.indexOf(byName(o, 'Impair Defenses')), 1);
      }),
    ).toMatch(/T1562\.001's parent T1562 is not in the bundle$/);
  });

  it('two objects with one ATT&CK ID', () => {
    expect(
      mutate((o) => {
        o.push({ ...byName(o, 'Valid Accounts'), id: 'attack-pattern--dup' });
      }),
    ).toMatch(/^attack-pattern--dup: T1078 is also the ID of attack-pattern--/);
  });

  it('an active technique with no tactic', () => {
    expect(
      mutate((o) => {
        byName(o, 'Impair Defenses').kill_chain_phases = [];
      }),
    ).toMatch(/T1562 is active but has no kill_chain_phases/);
  });

  it('a malformed object reports the field', () => {
    expect(
      mutate((o) => {
        byName(o, 'Impair Defenses').external_references = 'none';
      }),
    ).toMatch(/^attack-pattern--\S+: external_references: /);
  });

  it('no matrix, or a matrix naming a missing tactic', () => {
    expect(
      mutate((o) => {
        o.splice(
          o.findIndex((x) => x.type === 'x-mitre-matrix'),
          1,
        );
      }),
    ).toBe('no x-mitre-matrix object: tactic order is unknown');
    expect(
      mutate((o) => {
        o.splice(o.indexOf(byName(o, 'Persistence')), 1);
      }),
    ).toMatch(/^x-mitre-matrix--\S+: tactic_refs\[0\] "x-mitre-tactic--\S+" is not an x-mitre-tactic in the bundle$/);
  });

  it('something that is not a bundle', () => {
    expect(errorOf(() => parseStixBundle({ type: 'bundle', objects: 3 }, 'x.json')).message).toMatch(
      /^not a STIX bundle: /,
    );
  });

  it('warns about an enterprise tactic outside the matrix', () => {
    const data = bundle();
    data.objects.push({
      ...byName(data.objects, 'Persistence'),
      id: 'x-mitre-tactic--extra',
      x_mitre_shortname: 'extra',
    });
    expect(parseStixBundle(data, 'x.json').warnings).toEqual([
      'x-mitre-tactic--extra "Persistence" is not in the matrix; ignored',
    ]);
  });
});
