// The content we ship: every detection reads, validates, and each of its Sigma rules is proven on its own samples.
import { describe, expect, it } from 'vitest';
import { loadAttackCatalog } from '../attack/catalog';
import { ruleDocuments } from '../detections/rule-documents';
import { validateSigma } from '../sigma/validate';
import { loadContent } from './load-content';
import { validateContent } from './validate-content';

describe('content/', () => {
  const { content, errors: readErrors } = loadContent('content');
  const catalog = loadAttackCatalog('content/attack/enterprise-attack.json');
  const { detections, errors } = validateContent(content, catalog);

  it('has no problems', () => {
    expect([...readErrors, ...errors].map(String)).toEqual([]);
    expect(detections.map((d) => d.source.slug)).toContain('traffic-duplication');
  });

  it.each(detections.map((d) => [d.source.slug, d] as const))(
    '%s: every attack sample matches the rule it names and no look-alike matches any rule',
    (_slug, d) => {
      expect(d.proof.attack.total).toBeGreaterThan(0);
      expect(d.proof.benign.total).toBeGreaterThan(0);
      expect(d.proof.attack.matched).toBe(d.proof.attack.total);
      expect(d.proof.benign.matched).toBe(0);
    },
  );

  it.each(detections.map((d) => [d.source.slug, d] as const))(
    '%s: one complete rule per log source, each with its own id',
    (_slug, d) => {
      const rules = ruleDocuments(d.source.document.sigma);
      expect(rules.length).toBeGreaterThan(0);
      expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
      expect(new Set(rules.map((r) => r.logsource)).size).toBe(rules.length);
      for (const r of rules) {
        expect(ruleDocuments(r.yaml).map((x) => x.id)).toEqual([r.id]);
        // Each download at /rules/<id>.yml is a valid rule on its own, for the official schema and our checks.
        expect(validateSigma(r.yaml, { catalog }).findings.filter((f) => f.severity === 'error')).toEqual([]);
      }
    },
  );

  it('writes the seed detection for every SIEM, with the technique it names', () => {
    const seed = detections.find((d) => d.source.slug === 'traffic-duplication')?.source.document;
    expect(seed?.techniques).toEqual(['T1020.001']);
    expect(seed?.variants.map((v) => v.platform).sort()).toEqual(['elastic', 'qradar', 'sentinel', 'splunk']);
    expect(seed?.severity).toBe('high');
    expect(seed?.confidence).toBe('medium');
  });
});
