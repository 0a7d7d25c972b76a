import { describe, expect, it } from 'vitest';
import { sigmaConvertAnswer } from '../api/sigma-convert';
import { VALID_RULE } from '../sigma/test-support';
import { applyDraft, type ConvertAnswer, dataSourceOf, draftVariant, emptyVariant } from './draft-variant';

describe('a SIEM’s fields drafted from the Sigma rule', () => {
  it('takes the query, data sources and tables of the converter’s answer', () => {
    const answer = sigmaConvertAnswer({ sigma: VALID_RULE, targets: ['splunk'] }) as ConvertAnswer;
    const draft = draftVariant(answer, 'splunk');
    expect(draft.query).toMatch(/CreateTrafficMirror\*/);
    expect(draft.dataSources.length).toBeGreaterThan(0);
    expect(draft.tables.length).toBeGreaterThan(0);
    const variant = applyDraft({ ...emptyVariant('splunk'), description: 'kept' }, draft);
    expect(variant).toMatchObject({ platform: 'splunk', query: draft.query, description: 'kept' });
    expect(variant.tables).toBe(draft.tables.join(', '));
  });

  it('gives no query but the gap report when the rule cannot be expressed, and keeps what was there', () => {
    const sigma = VALID_RULE.replace(/condition: .*/, 'condition: selection | count() by sourceIPAddress > 5');
    const draft = draftVariant(sigmaConvertAnswer({ sigma, targets: ['sentinel'] }) as ConvertAnswer, 'sentinel');
    expect(draft.query).toBeUndefined();
    expect(draft.gaps.some((g) => g.severity === 'error')).toBe(true);
    expect(applyDraft({ ...emptyVariant('sentinel'), query: 'mine' }, draft).query).toBe('mine');
  });

  it('names the rule of each gap in a file of several, and joins their queries', () => {
    const second = VALID_RULE.replace(/^id: .*/m, 'id: 6f0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b').replace(
      'title: Traffic Mirror Session Created',
      'title: Second',
    );
    const answer = sigmaConvertAnswer({ sigma: `${VALID_RULE}---\n${second}`, targets: ['qradar'] }) as ConvertAnswer;
    const draft = draftVariant(answer, 'qradar');
    expect(draft.query?.split('\n\n')).toHaveLength(2);
    expect(draft.gaps.length).toBeGreaterThan(0);
    for (const gap of draft.gaps) expect(gap.message).toMatch(/^rule [12] \(/);
  });

  it('splits a converter data source into the log and how the SIEM ingests it', () => {
    expect(dataSourceOf('Linux syslog and auth logs via the Splunk Add-on for Unix and Linux')).toEqual({
      name: 'Linux syslog and auth logs',
      connector: 'Splunk Add-on for Unix and Linux',
    });
    expect(dataSourceOf('AWS CloudTrail')).toEqual({ name: 'AWS CloudTrail', connector: 'AWS CloudTrail' });
  });
});
