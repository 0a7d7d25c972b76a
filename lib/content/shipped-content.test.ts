// The content we ship: every detection reads, validates, and its Sigma rule is proven on its own samples.
import { describe, expect, it } from 'vitest';
import { loadAttackCatalog } from '../attack/catalog';
import { loadContent } from './load-content';
import { validateContent } from './validate-content';

describe('content/', () => {
  const { content, errors: readErrors } = loadContent('content');
  const { detections, errors } = validateContent(content, loadAttackCatalog('content/attack/enterprise-attack.json'));

  it('has no problems', () => {
    expect([...readErrors, ...errors].map(String)).toEqual([]);
    expect(detections.map((d) => d.source.slug)).toContain('traffic-duplication');
  });

  it.each(detections.map((d) => [d.source.slug, d] as const))(
    '%s: every attack sample matches and no look-alike does',
    (_slug, d) => {
      expect(d.proof.attack.total).toBeGreaterThan(0);
      expect(d.proof.benign.total).toBeGreaterThan(0);
      expect(d.proof.attack.matched).toBe(d.proof.attack.total);
      expect(d.proof.benign.matched).toBe(0);
    },
  );

  it('writes the seed detection for every SIEM, with the technique it names', () => {
    const seed = detections.find((d) => d.source.slug === 'traffic-duplication')!;
    expect(seed.source.front.techniques).toEqual(['T1020.001']);
    expect(seed.source.variants.map((v) => v.platform).sort()).toEqual(['elastic', 'qradar', 'sentinel', 'splunk']);
    expect(seed.source.front.severity).toBe('high');
    expect(seed.source.front.confidence).toBe('medium');
  });
});
