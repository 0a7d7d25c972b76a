import { describe, expect, it } from 'vitest';
import { RULES } from '../store/testing';
import { CONVERTER_VERSION, convertDetectionRules } from './conversions';

describe('convertDetectionRules', () => {
  it('gives one row per rule per SIEM, with the query, its tables and the converter version', () => {
    const rows = convertDetectionRules(RULES);
    expect(rows.map((r) => `${r.ruleIndex} ${r.platformSlug}`)).toEqual([
      '0 qradar',
      '0 splunk',
      '0 sentinel',
      '0 elastic',
      '1 qradar',
      '1 splunk',
      '1 sentinel',
      '1 elastic',
    ]);
    const sentinel = rows.find((r) => r.ruleIndex === 0 && r.platformSlug === 'sentinel');
    expect(sentinel).toMatchObject({
      ruleId: '5a1e2b3c-0d4e-4f50-8a6b-7c8d9e0f1a01',
      ruleTitle: 'Mirror session (AWS)',
      tables: ['AWSCloudTrail'],
      converterVersion: CONVERTER_VERSION,
    });
    expect(sentinel?.query).toContain('AWSCloudTrail');
    expect(sentinel?.query).toContain('CreateTrafficMirrorSession');
  });

  it('keeps no query, and the reason, where a rule cannot be expressed', () => {
    const rule = (RULES.split('---\n')[0] ?? '').replace(
      'selection: { eventName: CreateTrafficMirrorSession }',
      "selection: { eventName|expand: '%names%' }",
    );
    const rows = convertDetectionRules(rule);
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(r.query).toBeNull();
      expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.path)).toContain(
        'detection.selection.eventName|expand',
      );
    }
  });
});
