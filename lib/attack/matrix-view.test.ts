import { describe, expect, it } from 'vitest';
import { buildMatrix, coverageClass, packMatrix } from './matrix-view';

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
    expect([0, 1, 2, 3, 4, 40].map(coverageClass)).toEqual(['cov-0', 'cov-1', 'cov-2', 'cov-2', 'cov-3', 'cov-3']);
  });

  it('packs the matrix into arrays, one array of sub-techniques per technique however many tactics hold it', () => {
    const shared = [
      ...techniques,
      {
        id: 'T1078',
        name: 'Valid Accounts',
        parentId: null,
        tactics: [{ tacticId: 'TA0010' }, { tacticId: 'TA0009' }],
      },
    ];
    shared.push({
      id: 'T1078.004',
      name: 'Cloud Accounts',
      parentId: 'T1078',
      tactics: [{ tacticId: 'TA0010' }, { tacticId: 'TA0009' }],
    });
    const cols = buildMatrix({ tactics, techniques: shared, counts: new Map([['T1078.004', 1]]) });
    const packed = packMatrix(cols, { subs: true });
    expect(packed[0]).toEqual({
      shortname: 'exfiltration',
      name: 'Exfiltration',
      covered: 1,
      cells: [
        ['T1020', 'Automated Exfiltration', 0, [['T1020.001', 'Traffic Duplication', 0]]],
        ['T1048', 'Exfiltration Over Alternative Protocol', 0],
        ['T1078', 'Valid Accounts', 1, [['T1078.004', 'Cloud Accounts', 1]]],
      ],
    });
    expect(packed[1]!.cells[1]![3]).toBe(packed[0]!.cells[2]![3]);
    expect(packMatrix(cols, { subs: false })[0]!.cells[0]).toEqual(['T1020', 'Automated Exfiltration', 0]);
  });
});
