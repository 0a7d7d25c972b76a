import Ajv from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../queries/navigator-coverage';
import { colorAt } from './gradient';
import { navigatorLayer } from './layer';
import { gradientProblem, LAYER_SCHEMA } from './layer-schema';

const tactic = (shortname: string, order: number) => ({ tactic: { shortname, order } });
const T1020 = { id: 'T1020', name: 'Automated Exfiltration', tactics: [tactic('exfiltration', 13)] };
const row = (techniqueId: string, slug: string, title: string, sub = false): CoverageRow => ({
  techniqueId,
  detection: { slug, title },
  technique: sub
    ? { name: 'Traffic Duplication', parentId: 'T1020', tactics: [tactic('exfiltration', 13)], parent: T1020 }
    : {
        name: 'Modify Cloud Compute Infrastructure',
        parentId: null,
        tactics: [tactic('defense-impairment', 9), tactic('stealth', 8)],
        parent: null,
      },
});
const ROWS = [
  row('T1020.001', 'traffic-duplication', 'Traffic Duplication', true),
  row('T1578', 'cloud-snapshot-created', 'Cloud Snapshot Created'),
  row('T1578', 'cloud-logging-disabled', 'Cloud Logging Disabled'),
];
const relative = { query: { q: '', page: 1 }, link: (p: string) => p };
const validate = new Ajv({ allErrors: true, strict: true }).compile(LAYER_SCHEMA);

describe('navigatorLayer', () => {
  it('is a format 4.5 enterprise layer the schema accepts', () => {
    const layer = navigatorLayer({ rows: ROWS, attackVersion: '19.1' }, relative);
    expect(validate(layer), JSON.stringify(validate.errors)).toBe(true);
    expect(gradientProblem(layer)).toBeNull();
    expect(layer).toMatchObject({
      name: 'Tripline detections',
      versions: { attack: '19', layer: '4.5' },
      domain: 'enterprise-attack',
    });
    expect(layer.description).toMatch(/^Techniques covered by 3 published Tripline detections\./);
  });

  it('scores each technique under each of its tactics by its detections, naming them and linking to each', () => {
    const layer = navigatorLayer({ rows: ROWS, attackVersion: '19.1' }, relative);
    const t1578 = layer.techniques.filter((t) => t.techniqueID === 'T1578');
    expect(t1578.map((t) => t.tactic)).toEqual(['defense-impairment', 'stealth']);
    expect(t1578[0]).toMatchObject({
      score: 2,
      comment: '2 Tripline detections: Cloud Snapshot Created; Cloud Logging Disabled',
      showSubtechniques: false,
      links: [
        { label: 'T1578 on Tripline', url: '/techniques/T1578' },
        { divider: true },
        { label: 'Cloud Snapshot Created', url: '/detections/cloud-snapshot-created' },
        { label: 'Cloud Logging Disabled', url: '/detections/cloud-logging-disabled' },
      ],
    });
  });

  it('opens the parent of a covered sub-technique, unscored', () => {
    const layer = navigatorLayer({ rows: ROWS, attackVersion: null }, relative);
    expect(layer.techniques.find((t) => t.techniqueID === 'T1020')).toEqual({
      techniqueID: 'T1020',
      tactic: 'exfiltration',
      comment: 'Covered through its sub-techniques',
      enabled: true,
      showSubtechniques: true,
      metadata: [],
      links: [{ label: 'T1020 on Tripline', url: '/techniques/T1020' }],
    });
    expect(layer.versions).toEqual({ navigator: '5.2.0', layer: '4.5' });
  });

  it('makes every link absolute on the public base it is given', () => {
    const layer = navigatorLayer(
      { rows: ROWS, attackVersion: '19.1' },
      { query: { q: 'cloud', platform: 'splunk', page: 2 }, link: (p) => `https://t.example${p}` },
    );
    const urls = [...layer.links, ...layer.techniques.flatMap((t) => t.links)].flatMap((l) =>
      'url' in l ? [l.url] : [],
    );
    expect(urls.every((u) => u.startsWith('https://t.example/'))).toBe(true);
    expect(layer.links).toEqual([
      { label: 'Search these detections', url: 'https://t.example/search?q=cloud&platform=splunk' },
    ]);
    expect(layer.name).toBe('Tripline: “cloud”, platform splunk');
  });

  it('links to the search of a technique past 20 detections instead of to each', () => {
    const many = Array.from({ length: 25 }, (_, i) => row('T1578', `d-${i}`, `Detection ${i}`));
    const [t] = navigatorLayer({ rows: many, attackVersion: null }, relative).techniques;
    expect(t?.links).toHaveLength(2 + 20 + 1);
    expect(t?.links.at(-1)).toEqual({ label: 'All 25 detections', url: '/search?technique=T1578' });
  });

  it('has a gradient from 0 to the highest score and a legend in its colours', () => {
    const layer = navigatorLayer({ rows: ROWS, attackVersion: null }, relative);
    expect(layer.gradient).toMatchObject({ minValue: 0, maxValue: 2 });
    expect(layer.legendItems).toEqual([
      { label: '1 detection', color: colorAt(1, 0, 2) },
      { label: '2 detections', color: colorAt(2, 0, 2) },
    ]);
    const empty = navigatorLayer({ rows: [], attackVersion: null }, relative);
    expect(empty.techniques).toEqual([]);
    expect(gradientProblem(empty)).toBeNull();
    expect(validate(empty)).toBe(true);
  });
});

describe('colorAt', () => {
  it('is each stop at its place and between them in between', () => {
    expect(colorAt(0, 0, 2)).toBe('#d1faee');
    expect(colorAt(1, 0, 2)).toBe('#14b892');
    expect(colorAt(2, 0, 2)).toBe('#0d765f');
    expect(colorAt(9, 0, 2)).toBe('#0d765f');
    expect(colorAt(0.5, 0, 2)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
