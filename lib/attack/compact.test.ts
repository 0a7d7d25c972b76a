import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors';
import { type JsonInput, parseCompact } from './compact';
import { readRelease } from './read';

const testdata = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const input = (name: string): JsonInput => {
  const text = readFileSync(testdata(name), 'utf8');
  return { file: testdata(name), text, data: JSON.parse(text) as unknown };
};

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error.message;
    throw error;
  }
  throw new Error('expected a SourceError');
}

describe('compact JSON with its tactics inside ({meta, tactics, techniques})', () => {
  const release = readRelease(testdata('compact-release.json'));

  it('reads version and provenance from meta', () => {
    expect(release.version).toBe('19.1');
    expect(release.source).toBe('compact-release.json (example/attack-index@01234567)');
  });

  it('keeps an unverified tactic ID and says so in the notes', () => {
    expect(release.tactics.map((t) => `${t.order} ${t.id} ${t.shortname}`)).toEqual([
      '1 TA0003 persistence',
      '2 TA0005 stealth',
      '3 TA0112 defense-impairment',
      '4 TA0010 exfiltration',
    ]);
    expect(release.tactics[2]?.url).toBe('https://attack.mitre.org/tactics/TA0112/');
    expect(release.notes).toEqual([
      'Tactic Defense Impairment (defense-impairment) carries ID TA0112 from the "id_unverified" field of compact-release.json: unverified, no official MITRE file at hand confirms it.',
    ]);
  });

  it('keeps the name candidates for name resolution and orders tactics by the matrix', () => {
    expect(release.techniques.find((t) => t.id === 'T1070.004')).toEqual({
      id: 'T1070.004',
      name: null,
      artDisplayName: 'Indicator Removal on Host: File Deletion',
      previousName: 'File Deletion',
      tactics: ['stealth'],
      parent: 'T1070',
      revoked: false,
      deprecated: false,
    });
    expect(release.techniques.find((t) => t.id === 'T1078')?.tactics).toEqual(['persistence', 'stealth']);
  });
});

describe('a bare technique array with a separate tactic file', () => {
  it('reads both, taking the version from the tactic file', () => {
    const release = parseCompact(input('compact-previous-techniques.json'), input('compact-previous-tactics.json'));
    expect(release.version).toBe('18.1');
    expect(release.tactics.map((t) => t.shortname)).toEqual(['persistence', 'defense-evasion', 'exfiltration']);
    expect(release.techniques).toHaveLength(10);
  });

  it('gives the same techniques and tactics as the same release in STIX', () => {
    const compact = readRelease(testdata('compact-previous-techniques.json'), {
      tacticsFile: testdata('compact-previous-tactics.json'),
    });
    const stix = readRelease(testdata('stix-small.json'));
    expect(compact.tactics).toEqual(stix.tactics);
    expect(compact.techniques).toEqual(stix.techniques);
  });

  it('without a tactic file it is an error, unless read only for names', () => {
    expect(messageOf(() => parseCompact(input('compact-previous-techniques.json')))).toBe(
      'the technique list carries no tactics: pass the tactic list with --tactics <file>',
    );
    expect(parseCompact(input('compact-previous-techniques.json'), undefined, true).techniques).toHaveLength(10);
  });
});

describe('compact JSON errors name the row and the problem', () => {
  const release = () =>
    input('compact-release.json') as JsonInput & {
      data: { tactics: Record<string, unknown>[]; techniques: Record<string, unknown>[] };
    };
  const fails = (change: (r: ReturnType<typeof release>['data']) => void): string => {
    const r = release();
    change(r.data);
    return messageOf(() => parseCompact(r));
  };

  it('a technique row with a bad field, with its line', () => {
    const r = release();
    r.data.techniques[3] = { ...r.data.techniques[3], revoked: 'no' };
    let error: unknown;
    try {
      parseCompact(r);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe('T1027.018: revoked: Invalid input: expected boolean, received string');
    const line = (r.text ?? '').split('\n').findIndex((l) => l.includes('"id": "T1027.018"')) + 1;
    expect(line).toBeGreaterThan(0);
    expect((error as SourceError).line).toBe(line);
  });

  it('a row without an ID is named by its index', () => {
    expect(
      fails((d) => {
        delete d.techniques[0]?.id;
      }),
    ).toMatch(/^techniques\[0\]: id: /);
  });

  it('a parent that does not match the ID', () => {
    expect(
      fails((d) => {
        d.techniques[1] = { ...d.techniques[1], parent: 'T1027' };
      }),
    ).toBe('T1020.001: parent T1027 does not match the ID (expected T1020)');
  });

  it('a tactic that is not in the tactic list', () => {
    expect(
      fails((d) => {
        d.techniques[0] = { ...d.techniques[0], tactics: ['defense-evasion'] };
      }),
    ).toBe('T1020: tactic "defense-evasion" is not in the tactic list');
  });

  it('a tactic with neither id nor id_unverified', () => {
    expect(
      fails((d) => {
        d.tactics[2] = { ...d.tactics[2], id_unverified: null };
      }),
    ).toBe('tactic "defense-impairment": has no tactic ID (TAnnnn) in "id" or "id_unverified"');
  });

  it('tactic orders with a gap', () => {
    expect(
      fails((d) => {
        d.tactics[3] = { ...d.tactics[3], order: 7 };
      }),
    ).toBe('tactic "exfiltration": order 7: tactic orders must run 1..4 without gaps or repeats');
  });

  it('a duplicate technique ID and a missing parent', () => {
    expect(
      fails((d) => {
        d.techniques.push({ ...d.techniques[0] });
      }),
    ).toBe('T1020: appears twice');
    expect(
      fails((d) => {
        d.techniques.splice(0, 1);
      }),
    ).toBe('T1020.001: parent T1020 is not in the file');
  });

  it('something that is neither an array nor {techniques}', () => {
    expect(messageOf(() => parseCompact({ file: 'x.json', data: { tactics: [] } }))).toMatch(
      /^not compact ATT&CK JSON \(an array of techniques or \{techniques: \[\.\.\.\]\}\): /,
    );
  });
});
