import { describe, expect, it } from 'vitest';
import { buildMatrix, coverageClass } from './matrix-view';

describe('buildMatrix', () => {
  const tactics = [
    { id: 'TA0010', shortname: 'exfiltration', name: 'Exfiltration' },
    { id: 'TA0009', shortname: 'collection', name: 'Collection' },
  ];
  const techniques = [
    { id: 'T1020', name: 'Automated Exfiltration', parentId: null, tactics: [{ tacticId: 'TA0010' }] },
    { id: 'T1020.001', name: 'Traffic Duplication', parentId: 'T1020', tactics: [{ tacticId: 'TA0010' }] },
    { id: 'T1048', name: 'Exfiltration Over Alternative Protocol', parentId: null, tactics: [{ tacticId: 'TA0010' }] },
    { id: 'T1530', name: 'Data from Cloud Storage', parentId: null, tactics: [{ tacticId: 'TA0009' }] },
  ];

  it('puts parents in their tactic columns, folds sub-techniques under them and sums coverage', () => {
    const cols = buildMatrix({ tactics, techniques, counts: new Map([['T1020.001', 2]]) });
    expect(cols.map((c) => c.shortname)).toEqual(['exfiltration', 'collection']);
    const exfil = cols[0]!;
    expect(exfil.cells.map((c) => c.id)).toEqual(['T1020', 'T1048']);
    expect(exfil.cells[0]!.coverage).toBe(2);
    expect(exfil.cells[0]!.subs).toEqual([{ id: 'T1020.001', name: 'Traffic Duplication', coverage: 2 }]);
    expect(exfil.covered).toBe(1);
    expect(cols[1]!.covered).toBe(0);
  });

  it('grades colours by count', () => {
    expect(coverageClass(0)).toContain('bg-white');
    expect(coverageClass(1)).not.toBe(coverageClass(4));
  });
});
