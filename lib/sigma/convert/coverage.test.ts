import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverageReport, formatCoverage } from './coverage';

const dir = mkdtempSync(join(tmpdir(), 'sigma-coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function rule(name: string, logsource: string, detection: string): void {
  writeFileSync(join(dir, name), `title: ${name}\nlogsource:\n${logsource}\ndetection:\n${detection}\n`);
}

describe('coverage report', () => {
  mkdirSync(dir, { recursive: true });
  rule(
    'clean.yml',
    '    product: windows\n    service: security',
    '    sel:\n        EventID: 4625\n    condition: sel',
  );
  rule('unknown.yml', '    product: nowhere', '    sel:\n        Thing: x\n    condition: sel');
  rule(
    'counted.yml',
    '    product: windows\n    service: security',
    '    sel:\n        EventID: 4625\n    condition: sel | count() > 5',
  );

  it('counts per target what converted, with warnings, with every field mapped, and groups the rest by reason', () => {
    const report = coverageReport(dir, ['splunk']);
    expect(report.files).toBe(3);
    const [splunk] = report.targets;
    expect(splunk).toMatchObject({
      target: 'splunk',
      rules: 3,
      converted: 2,
      clean: 1,
      withWarnings: 1,
      fieldsMapped: 1,
      fieldsExact: 1,
      warnings: { LOGSOURCE_UNMAPPED: 1, FIELD_UNMAPPED: 1 },
      failures: { AGGREGATION: { count: 1, rules: ['counted.yml#0'] } },
    });
    const text = formatCoverage(report);
    expect(text).toContain('splunk: 3 rules, converted 2 (66.7%)');
    expect(text).toContain('    counted.yml#0');
  });
});
