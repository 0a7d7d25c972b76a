import { describe, expect, it } from 'vitest';
import { AWS_ID, AZURE_ID, RULES } from '../store/testing';
import { ruleDocuments, sha256 } from './rule-documents';

describe('ruleDocuments', () => {
  it('splits a file of complete rules at its markers, each exactly as written', () => {
    const rules = ruleDocuments(`---\n# leading comment\n${RULES}`);
    expect(rules.map((r) => [r.id, r.order, r.title, r.logsource])).toEqual([
      [AWS_ID, 0, 'Mirror session (AWS)', 'aws/cloudtrail'],
      [AZURE_ID, 1, 'Mirror session (Azure)', 'azure/activitylogs'],
    ]);
    expect(rules[0]?.yaml.startsWith('# leading comment\ntitle: Mirror session (AWS)\n')).toBe(true);
    expect(rules[1]?.yaml).toBe(RULES.slice(RULES.indexOf('---\n') + 4));
    expect(rules[1]?.sha256).toBe(sha256(rules[1]?.yaml ?? ''));
  });

  it('serves a Sigma 1.0 collection whole, under its id', () => {
    const collection = `action: global\ntitle: T\nid: ${AWS_ID}\n---\nlogsource: { product: aws }\ndetection: { s: { a: 1 }, condition: s }\n---\nlogsource: { product: gcp }\ndetection: { s: { a: 1 }, condition: s }\n`;
    expect(ruleDocuments(collection).map((r) => [r.id, r.yaml])).toEqual([[AWS_ID, collection]]);
  });

  it('lower-cases ids, and skips a rule without one', () => {
    expect(ruleDocuments(`title: a\nid: ${AWS_ID.toUpperCase()}\n`).map((r) => r.id)).toEqual([AWS_ID]);
    expect(ruleDocuments('title: no id\n')).toEqual([]);
  });
});
