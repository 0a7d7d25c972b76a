import { describe, expect, it } from 'vitest';
import { findDetections, findTechniques } from './technique-search';

const options = [
  { id: 'T1020', name: 'Automated Exfiltration' },
  { id: 'T1020.001', name: 'Traffic Duplication', parentName: 'Automated Exfiltration' },
  { id: 'T1562.008', name: 'Disable or Modify Cloud Logs', parentName: 'Impair Defenses' },
  { id: 'T1578.001', name: 'Create Snapshot', parentName: 'Modify Cloud Compute Infrastructure' },
  { id: 'T1200', name: 'Hardware Additions' },
];

describe('finding ATT&CK techniques for the picker', () => {
  it('finds by ID, exact first, then IDs that start with what was typed', () => {
    expect(findTechniques(options, 't1020').map((o) => o.id)).toEqual(['T1020', 'T1020.001']);
    expect(findTechniques(options, 'T1020.001').map((o) => o.id)).toEqual(['T1020.001']);
    expect(findTechniques(options, 'T12').map((o) => o.id)).toEqual(['T1200']);
  });

  it('finds by words of the name or the parent’s name, in any order', () => {
    expect(findTechniques(options, 'cloud logs').map((o) => o.id)).toEqual(['T1562.008']);
    expect(findTechniques(options, 'traffic').map((o) => o.id)).toEqual(['T1020.001']);
    expect(findTechniques(options, 'exfiltration').map((o) => o.id)).toEqual(['T1020', 'T1020.001']);
    expect(findTechniques(options, 'snapshot create').map((o) => o.id)).toEqual(['T1578.001']);
  });

  it('leaves out what is already picked, and answers nothing to nothing', () => {
    expect(findTechniques(options, 'T1020', { exclude: ['T1020'] }).map((o) => o.id)).toEqual(['T1020.001']);
    expect(findTechniques(options, '   ')).toEqual([]);
    expect(findTechniques(options, 'e', { limit: 2 })).toHaveLength(2);
  });
});

describe('finding detections for the related picker', () => {
  const detections = [
    { slug: 'traffic-duplication', title: 'Traffic Duplication' },
    { slug: 'cloud-logging-disabled', title: 'Cloud Logging Disabled' },
  ];
  it('finds by words of the title or slug, leaving out what is excluded', () => {
    expect(findDetections(detections, 'cloud disabled').map((d) => d.slug)).toEqual(['cloud-logging-disabled']);
    expect(findDetections(detections, 'TRAFFIC')).toHaveLength(1);
    expect(findDetections(detections, 'traffic', { exclude: ['traffic-duplication'] })).toEqual([]);
    expect(findDetections(detections, ' ')).toEqual([]);
  });
});
