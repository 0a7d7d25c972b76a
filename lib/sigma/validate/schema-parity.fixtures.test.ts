// Our own rule schema must say what the official Sigma v2.1.0 schema says. Both are run over the real SigmaHQ rules
// and the 24 broken ones in ../shared/fixtures (read in place): same verdict, same failing places, every time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSigma } from '../read/parse';
import { readTsv, sharedFixture } from '../test-support';
import { condenseSchemaErrors } from './checks/schema-errors';
import { compileRuleSchema, ruleSchemaPath, type SchemaValidator } from './schema-validator';

const officialSchema = JSON.parse(
  readFileSync(sharedFixture('sigma-schema', 'sigma-detection-rule-schema.json'), 'utf8'),
) as object;
const ourSchema = JSON.parse(readFileSync(ruleSchemaPath({}), 'utf8')) as object;

/** Both readings of `format`: asserted (ours at runtime) and annotation only (Python's jsonschema, SigmaHQ's CI). */
const PAIRS = [true, false].map((formats) => ({
  formats,
  official: compileRuleSchema(officialSchema, { strict: false, formats }),
  ours: compileRuleSchema(ourSchema, { formats }),
}));

/** A verdict and where it fails, as comparable text: `/detection/timeframe`, `/ (title)` for a missing title. */
function verdict(validate: SchemaValidator, data: unknown): string[] {
  if (validate(data)) return [];
  const places = condenseSchemaErrors(validate.errors ?? []).map((e) =>
    e.keyword === 'required' ? `${e.instancePath || '/'} (${String(e.params.missingProperty)})` : e.instancePath || '/',
  );
  return [...new Set(places)].sort();
}

/** Every value the schema could be asked about: each YAML document as written, and each merged rule. */
function subjects(bytes: Uint8Array, maxBytes?: number): Array<{ name: string; data: unknown }> {
  // A larger size cap lifts the YAML token limit with it: the oversized rule has 51,462 lines.
  const parsed = parseSigma(bytes, {
    maxBytes,
    maxTokens: maxBytes === undefined ? undefined : Number.POSITIVE_INFINITY,
  });
  const docs = parsed.documents.filter(
    (d) => d.doc.errors.length === 0 && !parsed.findings.some((f) => f.code.startsWith('YAML_ALIAS')),
  );
  return [
    ...docs.map((d) => ({ name: `document ${d.index}`, data: d.data ?? (d.doc.toJS() as unknown) })),
    ...parsed.rules.map((r) => ({ name: `rule ${r.index}`, data: r.data as unknown })),
  ];
}

describe('our schema and the official Sigma v2.1.0 schema agree', () => {
  const manifest = readTsv(sharedFixture('sigmahq', 'MANIFEST.tsv'));

  it.each(manifest.map((row) => [row.path ?? '', row['json_schema_v2.1.0'] ?? '']))(
    'on %s',
    (path, manifestVerdict) => {
      const items = subjects(readFileSync(sharedFixture('sigmahq', path)));
      expect(items.length).toBeGreaterThan(0);
      for (const { formats, official, ours } of PAIRS) {
        for (const item of items) {
          expect(verdict(ours, item.data), `${item.name}, formats ${formats}`).toEqual(verdict(official, item.data));
        }
        // SigmaHQ's CI validates each YAML document as written; the manifest records what it said.
        const documentsPass = items.filter((i) => i.name.startsWith('document')).every((i) => official(i.data));
        expect(documentsPass ? 'PASS' : 'FAIL').toBe(manifestVerdict.slice(0, 4));
      }
    },
  );

  const bad = readTsv(sharedFixture('bad-sigma', 'README.tsv'));
  // The ones no schema ever sees: refused as bytes or as YAML, as the README's last column says ("not reached").
  const REFUSED_BEFORE_SCHEMA: Record<string, string> = {
    '14_not_yaml.yml': 'YAML_SYNTAX',
    '16_yaml_bomb_billion_laughs.yml': 'YAML_ALIAS_LIMIT',
    '18_empty_file.yml': 'EMPTY_FILE',
    '19_invalid_utf8_latin1.yml': 'INVALID_UTF8',
  };

  it.each(bad.map((row) => [row.file ?? '', row['observed_json_schema_v2.1.0_result'] ?? '']))(
    'on the broken rule %s',
    (file, observed) => {
      const bytes = readFileSync(sharedFixture('bad-sigma', file));
      const refused = REFUSED_BEFORE_SCHEMA[file];
      if (refused) {
        const parsed = parseSigma(bytes);
        expect(parsed.findings.map((f) => f.code)).toContain(refused);
        expect(parsed.rules).toEqual([]);
        return;
      }
      // The oversized rule is valid apart from its size; the schemas are compared on it all the same.
      const items = subjects(bytes, 10 * 1024 * 1024);
      expect(items.length).toBeGreaterThan(0);
      for (const { formats, official, ours } of PAIRS) {
        for (const item of items) {
          expect(verdict(ours, item.data), `${item.name}, formats ${formats}`).toEqual(verdict(official, item.data));
        }
        if (!formats && /^(PASS|FAIL)/.test(observed)) {
          const passes = items.every((i) => official(i.data));
          expect(passes ? 'PASS' : 'FAIL').toBe(observed.slice(0, 4));
        }
      }
    },
  );
});

describe('our schema and the official one agree on the edge of every constraint', () => {
  const base = {
    title: 't',
    id: '5f0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b',
    logsource: { product: 'aws' },
    detection: { selection: { a: 1 }, condition: 'selection' },
  };
  const long = (n: number): string => 'x'.repeat(n);
  const cases: Array<[string, Record<string, unknown>]> = [
    ['title at 256', { title: long(256) }],
    ['title at 257', { title: long(257) }],
    ['title not a string', { title: 5 }],
    ['name and taxonomy at 257', { name: long(257), taxonomy: long(257) }],
    ['description at 65536', { description: long(65536) }],
    ['id not a uuid', { id: 'abc' }],
    ['id as a URN', { id: 'urn:uuid:5f0b1a2c-3d4e-4f50-8a6b-7c8d9e0f1a2b' }],
    ['related without type', { related: [{ id: base.id }] }],
    ['related of an unknown type', { related: [{ id: base.id, type: 'obsoletes' }] }],
    [
      'related of each type',
      { related: ['derived', 'obsolete', 'merged', 'renamed', 'similar'].map((type) => ({ id: base.id, type })) },
    ],
    ['every status', { status: 'deprecated' }],
    ['an unknown status', { status: 'production' }],
    ['an unknown level', { level: 'severe' }],
    ['a level in capitals', { level: 'High' }],
    ['license, author as lists', { license: ['MIT'], author: ['a'] }],
    ['references repeated', { references: ['a', 'a'] }],
    ['references not strings', { references: [1] }],
    ['a date that is no date but fits the pattern', { date: '2021-02-30' }],
    ['a month 13', { date: '2021-13-01' }],
    ['a modified with slashes', { modified: '2021/01/01' }],
    ['logsource with odd fields', { logsource: { product: 1, custom: ['x'] } }],
    ['logsource a string', { logsource: 'windows' }],
    ['detection without condition', { detection: { selection: { a: 1 } } }],
    ['detection with condition only', { detection: { condition: 'x' } }],
    ['a list condition', { detection: { selection: { a: 1 }, condition: ['selection'] } }],
    ['keywords of every allowed kind', { detection: { k: ['a', 1, { b: 'c' }], condition: 'k' } }],
    ['keywords with a float, a boolean, null', { detection: { k: [1.5, true, null], condition: 'k' } }],
    ['a search identifier that is a number', { detection: { k: 5, condition: 'k' } }],
    ['an empty search identifier', { detection: { k: null, condition: 'k' } }],
    ['fields repeated', { fields: ['a', 'a'] }],
    ['a one-letter false positive', { falsepositives: ['x'] }],
    ['false positives as a string', { falsepositives: 'none' }],
    ['tags well formed', { tags: ['attack.t1020', 'cve.2021-44228', 'a_b.c-d.e'] }],
    ['tags in capitals', { tags: ['attack.T1020'] }],
    ['tags without namespace', { tags: ['exfiltration'] }],
    ['tags repeated', { tags: ['attack.t1020', 'attack.t1020'] }],
    ['scope too short', { scope: ['x'] }],
    ['unknown top-level keys', { custom: { anything: true } }],
  ];

  it.each(cases)('%s', (_name, change) => {
    const data: Record<string, unknown> = { ...base, ...change };
    for (const { formats, official, ours } of PAIRS) {
      expect(verdict(ours, data), `formats ${formats}`).toEqual(verdict(official, data));
    }
  });

  it('also when a required property is missing or the rule is not a mapping', () => {
    for (const { official, ours } of PAIRS) {
      for (const data of [{ title: 't' }, {}, 'text', ['a'], null])
        expect(verdict(ours, data)).toEqual(verdict(official, data));
    }
  });
});
