import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brief, smallCatalog, VALID_RULE, yaml } from '../test-support';
import type { Check } from './checks/types';
import { loadRuleSchema, ruleSchemaPath, SCHEMA_PATH_ENV } from './schema-validator';
import { allIssues, CHECKS, validateSigma } from './validate';

const BROKEN = yaml`
  title: Broken
  id: not-a-uuid
  status: production
  logsource: {product: aws}
  detection:
      selection:
          eventName|contians: x
      condition: selection or selection_2
  tags: [attack.defense_evasion]
`;

describe('validateSigma', () => {
  it('finds nothing wrong with a valid rule, and returns it parsed', () => {
    const result = validateSigma(VALID_RULE, { catalog: smallCatalog(), file: 'rule.yml' });
    expect(result).toMatchObject({ file: 'rule.yml', ok: true, findings: [] });
    expect(result.rules[0]?.data.title).toBe('Traffic Mirror Session Created');
  });

  it('collects every finding, sorted by position, from every check', () => {
    const result = validateSigma(BROKEN, { catalog: smallCatalog() });
    expect(brief(result.findings)).toEqual([
      '2:5 error ID_NOT_UUID id',
      '3:9 error SCHEMA_ENUM status',
      '7:19 error MODIFIER_UNKNOWN detection.selection.eventName|contians',
      '8:29 error CONDITION_UNDEFINED detection.condition',
      '9:8 warning TAG_TACTIC_SPLIT tags[0]',
    ]);
    expect(result.ok).toBe(false);
  });

  it('stops at the first error when asked to', () => {
    const result = validateSigma(BROKEN, { catalog: smallCatalog(), mode: 'first-error' });
    expect(brief(result.findings)).toEqual(['3:9 error SCHEMA_ENUM status']);
    expect(brief(validateSigma('title: a\ntitle: b\n', { mode: 'first-error' }).findings)).toEqual([
      '2:1 error YAML_DUPLICATE_KEY title',
    ]);
  });

  it('is ok with warnings only', () => {
    const result = validateSigma(VALID_RULE.replace('attack.exfiltration', 'attack.command_and_control'), {
      catalog: smallCatalog(),
    });
    expect(brief(result.findings)).toEqual(['9:7 warning TAG_TACTIC_UNDERSCORE tags[0]']);
    expect(result.ok).toBe(true);
  });

  it('reports a problem of a global document once, not once per rule of the collection', () => {
    const text =
      'action: global\ntitle: t\nlevel: severe\nlogsource: {}\n---\ndetection: {a: {x: 1}, condition: a}\n---\ndetection: {b: {x: 1}, condition: b}\n';
    expect(brief(validateSigma(text).findings)).toEqual(['3:8 error SCHEMA_ENUM level']);
  });

  it('accepts bytes and refuses what the parser refuses, with the size cap configurable', () => {
    expect(brief(validateSigma(new TextEncoder().encode(VALID_RULE), { maxBytes: 100 }).findings)).toEqual([
      '1:1 error SIZE_LIMIT ',
    ]);
  });

  it('declares every code it can report, with a severity', () => {
    const codes = allIssues().map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(allIssues().every((i) => i.description.length > 10)).toBe(true);
    expect(CHECKS.map((c) => c.name)).toEqual([
      'schema',
      'limits',
      'condition',
      'modifiers',
      'identity',
      'tags',
      'compile',
    ]);
  });

  it('refuses a check that reports a code it did not declare, as an internal error of the rule', () => {
    const sloppy: Check = { name: 'sloppy', issues: {}, run: (ctx) => ctx.report('NOPE', [], 'x') };
    expect(validateSigma(VALID_RULE, { checks: [sloppy] }).findings).toEqual([
      {
        code: 'INTERNAL',
        severity: 'error',
        path: '',
        line: 1,
        column: 1,
        message:
          "the 'sloppy' check failed on this rule (Error: check 'sloppy' reported 'NOPE', which its issue table does not declare); the rule is refused because it could not be fully checked",
      },
    ]);
  });

  it('never throws: a check that crashes becomes an INTERNAL error, and the other checks still run', () => {
    const crashing: Check = {
      name: 'crashing',
      issues: {},
      run: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    const result = validateSigma(BROKEN, { checks: [crashing, ...CHECKS], catalog: smallCatalog() });
    expect(result.ok).toBe(false);
    expect(brief(result.findings).slice(0, 2)).toEqual(['1:1 error INTERNAL ', '2:5 error ID_NOT_UUID id']);
    expect(result.findings[0]?.message).toContain('(RangeError: Maximum call stack size exceeded)');
  });

  it('refuses a condition too long to check, without throwing, in well under a second', () => {
    const condition = Array(20_000).fill('selection').join(' and ');
    expect(condition.length).toBeGreaterThan(160_000);
    const started = performance.now();
    const result = validateSigma(VALID_RULE.replace('condition: selection', `condition: ${condition}`));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(brief(result.findings)).toEqual(['18:7016 error CONDITION_SYNTAX detection.condition']);
    expect(result.findings[0]?.message).toContain('condition has more than 1000 words and parentheses');
  });
});

describe('the rule schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tripline-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is our own file by default and another one when SIGMA_SCHEMA_PATH says so', () => {
    expect(ruleSchemaPath({})).toMatch(/lib\/sigma\/validate\/schema\/sigma-detection-rule\.schema\.json$/);
    const custom = join(dir, 'strict.json');
    writeFileSync(custom, JSON.stringify({ type: 'object', required: ['title', 'author'] }));
    expect(ruleSchemaPath({ [SCHEMA_PATH_ENV]: custom })).toBe(custom);
    const result = validateSigma(VALID_RULE.replace('author: Tripline\n', ''), { schema: loadRuleSchema(custom) });
    expect(result.findings.map((f) => f.message)).toEqual(["required property 'author' is missing"]);
  });

  it('says where it looked when the schema cannot be read', () => {
    expect(() => loadRuleSchema(join(dir, 'missing.json'))).toThrow(
      /cannot load the Sigma rule schema from .*missing\.json \(set SIGMA_SCHEMA_PATH to override\)/,
    );
  });
});
