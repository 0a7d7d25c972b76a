import { describe, expect, it } from 'vitest';
import { formatHuman, formatJson } from './format';
import { emptyReport } from './report';

const warning = {
  code: 'TAG_REVOKED_TECHNIQUE',
  severity: 'warning' as const,
  path: 'tags[1]',
  line: 9,
  column: 7,
  message: 'revoked',
};

function sample() {
  const report = emptyReport('rules');
  report.files = 5;
  report.created.push({ file: 'a.yml', slug: 'a', sigmaId: 'id-a', warnings: [warning] });
  report.unchanged.push({ file: 'b.yml', slug: 'b', sigmaId: 'id-b', warnings: [] });
  report.skipped.push({ file: 'config.yml', reason: 'no YAML document has a top-level title or detection' });
  report.rejected.push({
    file: 'sub/bad.yml',
    reasons: [
      {
        code: 'DATE_FORMAT',
        severity: 'error',
        path: 'date',
        line: 6,
        column: 7,
        message: "date: '2019/10/25' does not match YYYY-MM-DD",
      },
    ],
  });
  report.timings = { validateMs: 1500, writeMs: 500, reconvertMs: 0, totalMs: 2000 };
  return report;
}

describe('formatHuman', () => {
  it('gives the counts, each rejected file with its reasons, the skipped files and the times', () => {
    const text = formatHuman(sample(), 'revalidated the portal at http://localhost:3000');
    expect(text).toContain('Sigma import of rules: 5 YAML file(s)');
    expect(text).toMatch(
      /imported \(new\)\s+1\n\s+updated\s+0\n\s+unchanged\s+1\n\s+skipped\s+1 {2}\(not Sigma rules\)\n\s+rejected\s+1/,
    );
    expect(text).toContain("rules/sub/bad.yml:6:7: DATE_FORMAT [date] date: '2019/10/25' does not match YYYY-MM-DD");
    expect(text).toContain('rules/config.yml: no YAML document has a top-level title or detection');
    expect(text).toContain('1 imported rule(s) carry warnings');
    expect(text).toContain('revalidated the portal');
    expect(text).toContain('validated in 1.50 s, wrote (and converted) in 0.50 s, 2 rules/s; 2.00 s in all');
  });
});

describe('formatJson', () => {
  it('is one JSON document with the counts and every outcome', () => {
    const doc = JSON.parse(formatJson(sample())) as Record<string, unknown>;
    expect(doc.ok).toBe(false);
    expect(doc.counts).toEqual({ imported: 1, updated: 0, unchanged: 1, skipped: 1, rejected: 1 });
    expect(doc.rejected).toEqual(sample().rejected);
    expect(doc.revalidation).toBeNull();
  });
});
