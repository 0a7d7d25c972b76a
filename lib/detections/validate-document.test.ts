import { describe, expect, it } from 'vitest';
import type { AttackCatalog } from '../attack/catalog';
import { smallCatalogFile } from '../sigma/test-support';
import { AWS_ID, AZURE_ID, RULES, testDocument } from '../store/testing';
import { type DocumentContext, parseDocument, validateDocument } from './validate-document';

const file = smallCatalogFile();
const catalog: AttackCatalog = {
  version: file.version,
  tactics: file.tactics,
  techniques: file.techniques,
  byId: new Map(file.techniques.map((t) => [t.id, t])),
  tacticByShortname: new Map(file.tactics.map((t) => [t.shortname, t])),
} as AttackCatalog;
const ctx: DocumentContext = {
  catalog,
  platforms: new Set(['qradar', 'splunk']),
  detectionExists: (slug) => slug === 'other',
  policy: 'own',
};
const codes = (doc: ReturnType<typeof testDocument>, c: DocumentContext = ctx) =>
  validateDocument(doc, c).findings.map((f) => `${f.severity} ${f.code} ${f.field}`);

describe('validateDocument', () => {
  it('accepts a sound document, with a warning for a thin proof, and returns the proof', () => {
    const check = validateDocument(testDocument(), ctx);
    expect(check.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['warning THIN_PROOF', 'warning THIN_PROOF']);
    expect(check.proof).toMatchObject({ ok: true, attack: { matched: 2, total: 2 } });
  });

  it('finds every problem at its field: techniques, related, MDX, platforms, samples, NUL', () => {
    const doc = testDocument('bad', {
      techniques: ['T1020.001', 'T9999', 'T1050'],
      related: ['bad', 'missing', 'other'],
      overview: 'Hello {process.env.SECRET}',
      falsePositives: [{ title: 'Someone', detail: '' }],
    });
    doc.variants = [
      { ...(doc.variants[0] as (typeof doc.variants)[number]), platform: 'sigma', tuning: '[x](javascript:alert(1))' },
    ];
    doc.samples = [
      ...doc.samples,
      { key: 'aws', rule: 'nope', expect: 'miss', description: 'dup\u0000', logSource: 'x', event: {} },
    ];
    expect(codes(doc)).toEqual(
      expect.arrayContaining([
        'error UNKNOWN_TECHNIQUE techniques[1]',
        'error RETIRED_TECHNIQUE techniques[2]',
        'error SELF_RELATED related[0]',
        'error UNKNOWN_RELATED related[1]',
        'error MDX_EXPRESSION overview',
        'error FALSE_POSITIVE_DETAIL falsePositives[0].detail',
        'error UNKNOWN_PLATFORM variants[0].platform',
        'error MDX_URL variants[0].tuning',
        'error DUPLICATE_SAMPLE samples[3].key',
        'error UNKNOWN_RULE samples[3].rule',
        'error NUL_CHARACTER samples[3].description',
      ]),
    );
    expect(codes(doc)).not.toContain('error UNKNOWN_RELATED related[2]');
  });

  it('puts Sigma findings at their line in the rule, and proves every sample', () => {
    const doc = testDocument('x', { sigma: RULES.replace('level: high\n---', 'level: severe\n---') });
    const level = validateDocument(doc, ctx).findings.find((f) => f.field === 'sigma' && f.severity === 'error');
    expect(level).toMatchObject({ line: 15, column: 8 });
    expect(level?.message).toMatch(/^level: /);

    const unproven = testDocument();
    unproven.samples = unproven.samples.map((s) =>
      s.key === 'list' ? { ...s, event: { eventName: 'CreateTrafficMirrorSession' } } : s,
    );
    expect(codes(unproven)).toContain('error SAMPLE_UNPROVEN samples[2]');
  });

  it('asks our own detections to be portable: no collections, every sibling linked', () => {
    const unlinked = testDocument('x', {
      sigma: RULES.replace(`related:\n  - id: ${AZURE_ID}\n    type: similar\n`, ''),
    });
    expect(codes(unlinked)).toContain('error SIGMA_SIBLING_UNLINKED sigma');
    const collection = `action: global\ntitle: T\nid: ${AWS_ID}\nstatus: test\ndescription: d\nauthor: a\ndate: 2026-12-01\ntags: [attack.t1020.001]\nlevel: high\n---\nlogsource: { product: aws, service: cloudtrail }\ndetection: { s: { eventName: CreateTrafficMirrorSession }, condition: s }\n`;
    const doc = testDocument('x', { sigma: collection, samples: [] });
    expect(codes(doc)).toContain('error SIGMA_COLLECTION sigma');
    expect(codes(doc, { ...ctx, policy: 'import' })).not.toContain('error SIGMA_COLLECTION sigma');
  });

  it('refuses a "## " heading inside a prose section, at its line, but not one inside a code fence or a "###"', () => {
    const doc = testDocument('headings', {
      hunting: 'Look here.\n\n## Notes\nmore\n\n```md\n## in a fence\n```\n\n### A sub-heading',
    });
    doc.variants = [{ ...(doc.variants[0] as (typeof doc.variants)[number]), tuning: 'x\n##\tTabbed' }];
    const found = validateDocument(doc, ctx).findings.filter((f) => f.code === 'HEADING_IN_SECTION');
    expect(found.map((f) => `${f.field}:${f.line} ${f.message.split(' is ')[0]}`)).toEqual([
      'hunting:3 "## Notes"',
      'variants[0].tuning:2 "## Tabbed"',
    ]);
  });

  it('refuses the slug "new", which the editor\'s new-detection page holds', () => {
    expect(codes(testDocument('new'))).toContain('error RESERVED_SLUG slug');
    expect(codes(testDocument('news'))).not.toContain('error RESERVED_SLUG slug');
  });

  it('reads prose trimmed, as its content file gives it back', () => {
    const input = { ...testDocument('trimmed'), overview: '\n  An overview.  \n\n', hunting: '   ' };
    const parsed = parseDocument(input, ctx).document;
    expect(parsed?.overview).toBe('An overview.');
    expect(parsed?.hunting).toBe('');
    expect(parseDocument({ ...input, overview: ' \n ' }, ctx).findings.map((f) => `${f.code} ${f.field}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/ overview$/)]),
    );
  });

  it('asks a document from outside for its shape first, naming the field', () => {
    const result = parseDocument({ ...testDocument(), severity: 'severe', slug: 'Not A Slug' }, ctx);
    expect(result.document).toBeUndefined();
    expect(result.findings.map((f) => f.field).sort()).toEqual(['severity', 'slug']);
  });
});
