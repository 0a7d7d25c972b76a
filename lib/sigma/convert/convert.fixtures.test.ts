// The converter over the 69 real SigmaHQ rules of ../shared/fixtures/sigmahq: every rule converts to every target
// or fails with a named reason, and the reasons are the ones the rule calls for (MANIFEST.tsv says which rules
// aggregate and which use placeholders).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuleFiles } from '../read/rule-files';
import { readTsv, sharedFixture } from '../test-support';
import { CONVERT_CODES } from './codes';
import { convertFile } from './file';
import { TARGETS } from './types';

const ROOT = sharedFixture('sigmahq');
const manifest = readTsv(join(ROOT, 'MANIFEST.tsv'));
const byPath = new Map(manifest.map((row) => [row.path as string, row]));
const files = findRuleFiles([ROOT]).files.map((f) => ({ path: f.path, name: f.path.slice(ROOT.length + 1) }));

/** What a rule needs that no query can have without more: an aggregation, or a placeholder without a value. */
function expectedGap(name: string): string | undefined {
  const row = byPath.get(name);
  if (row?.condition?.includes('|')) return 'AGGREGATION';
  if (row?.modifiers?.split(',').includes('expand')) return 'PLACEHOLDER_UNSET';
  return undefined;
}

describe('converter over the SigmaHQ fixtures', () => {
  it('finds every rule of the manifest', () => {
    expect(files.map((f) => f.name).sort()).toEqual([...byPath.keys()].sort());
  });

  it.each(files)('$name converts to every target or fails with the reason it calls for', ({ path, name }) => {
    const converted = convertFile(readFileSync(path), TARGETS);
    expect(converted.rules.length).toBeGreaterThan(0);
    const gap = expectedGap(name);
    for (const rule of converted.rules) {
      for (const result of rule.results) {
        const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.code);
        for (const code of result.findings.map((f) => f.code)) expect(Object.keys(CONVERT_CODES)).toContain(code);
        if (gap) {
          expect([result.target, result.ok, [...new Set(errors)]]).toEqual([result.target, false, [gap]]);
          expect(result.query).toBeUndefined();
        } else {
          expect([result.target, errors]).toEqual([result.target, []]);
          expect(result.query?.length).toBeGreaterThan(0);
        }
        for (const f of result.findings) expect(f.line, `${f.code} in ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it('converts the placeholder rules once their placeholders have values', () => {
    const placeholderRules = files.filter((f) => expectedGap(f.name) === 'PLACEHOLDER_UNSET');
    expect(placeholderRules.length).toBeGreaterThan(0);
    for (const { path } of placeholderRules) {
      const text = readFileSync(path, 'utf8');
      const names = [...text.matchAll(/%([A-Za-z_]+)%/g)].map((m) => m[1] as string);
      const placeholders = Object.fromEntries(names.map((n) => [n, ['value-a', 'value-b']]));
      const converted = convertFile(text, TARGETS, { placeholders });
      for (const result of converted.rules.flatMap((r) => r.results)) expect(result.ok).toBe(true);
    }
  });
});
