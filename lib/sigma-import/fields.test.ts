import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { YamlObject } from '../sigma/read';
import { confidenceOf, contentHashOf, IMPORT_FORMAT_VERSION, ruleFields } from './fields';

const bytes = new TextEncoder().encode('title: x\n');
const fieldsOf = (rules: YamlObject[]) => ruleFields(rules, bytes, 'title: x\n');

describe('ruleFields', () => {
  it('maps a rule to detection fields', () => {
    const f = fieldsOf([
      {
        id: 'ABCDEF01-3d4e-4f50-8a6b-7c8d9e0f1a2b',
        title: 'A rule',
        status: 'stable',
        level: 'high',
        description: 'Detects <b>this</b>. And more.',
        falsepositives: ['Admins', ' ', 'Backup jobs'],
        tags: ['attack.exfiltration', 'attack.t1020.001', 'attack.T1071', 'cve.2024-1234', 'attack.g0016'],
      },
    ]);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(f).toEqual({
      sigmaId: 'abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b',
      title: 'A rule',
      summary: 'Detects <b>this</b>.',
      severity: 'high',
      confidence: 'high',
      overviewMdx: 'Detects \\<b\\>this\\</b\\>. And more.',
      falsePositives: [
        { title: 'Admins', detail: '' },
        { title: 'Backup jobs', detail: '' },
      ],
      tagTechniques: ['T1020.001', 'T1071'],
      sigmaYaml: 'title: x\n',
      sigmaSha256: sha,
      contentHash: contentHashOf(bytes, IMPORT_FORMAT_VERSION),
    });
  });

  it('hashes the bytes together with the import format version, so a change in how fields are derived refreshes rows', () => {
    const rules = [{ id: 'abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b', title: 'T' }];
    const now = ruleFields(rules, bytes, 'title: x\n');
    const next = ruleFields(rules, bytes, 'title: x\n', IMPORT_FORMAT_VERSION + 1);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(now?.sigmaSha256).toBe(sha);
    expect(next?.sigmaSha256).toBe(sha);
    expect(now?.contentHash).not.toBe(sha);
    expect(next?.contentHash).not.toBe(now?.contentHash);
    expect(contentHashOf(bytes, IMPORT_FORMAT_VERSION)).toBe(now?.contentHash);
  });

  it('defaults: medium severity, the title as summary and overview, a single false positive string', () => {
    const f = fieldsOf([
      { id: 'abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b', title: 'Only a title', falsepositives: 'Unknown' },
    ]);
    expect(f).toMatchObject({
      severity: 'medium',
      confidence: 'low',
      summary: 'Only a title',
      overviewMdx: 'Only a title',
      falsePositives: [{ title: 'Unknown', detail: '' }],
    });
  });

  it('takes the techniques of every rule of a collection, and needs an id', () => {
    const f = fieldsOf([
      { id: 'abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b', title: 'T', tags: ['attack.t1020'] },
      { id: 'abcdef01-3d4e-4f50-8a6b-7c8d9e0f1a2b', title: 'T', tags: ['attack.t1071', 'attack.t1020'] },
    ]);
    expect(f?.tagTechniques).toEqual(['T1020', 'T1071']);
    expect(fieldsOf([{ title: 'no id' }])).toBeNull();
    expect(fieldsOf([])).toBeNull();
  });

  it.each([
    ['stable', 'high'],
    ['test', 'medium'],
    ['experimental', 'low'],
    ['deprecated', 'low'],
    ['unsupported', 'low'],
    [undefined, 'low'],
  ])('confidence of status %s is %s', (status, confidence) => {
    expect(confidenceOf(status)).toBe(confidence);
  });
});
