// Reads ../shared/fixtures/sigmahq: every query the converter emits for a real SigmaHQ rule passes its language's
// checker (KQL through Microsoft's Kusto language service, syntax only since converted tables may be custom).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile, TARGETS } from '../sigma/convert';
import { findRuleFiles } from '../sigma/read';
import { checkQuery } from './index';

const FIXTURES = join(import.meta.dirname, '../../../shared/fixtures/sigmahq');

describe('queries converted from the SigmaHQ fixtures', () => {
  if (!existsSync(FIXTURES)) throw new Error(`the SigmaHQ fixtures are absent (${FIXTURES})`);
  const files = findRuleFiles([FIXTURES]).files.map((f) => f.file);

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(TARGETS)('all parse for %s', (target) => {
    let converted = 0;
    const problems: string[] = [];
    for (const file of files) {
      const result = convertFile(readFileSync(join(FIXTURES, file)), [target]);
      for (const rule of result.rules) {
        const query = rule.results[0]?.query;
        if (!query) continue;
        converted++;
        for (const f of checkQuery(target, query, { semantic: false })) {
          if (f.severity === 'error') problems.push(`${file} (${rule.id}): ${f.message} [${f.code}]\n${query}`);
        }
      }
    }
    expect(converted).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});
