import { describe, expect, it } from 'vitest';
import { urls } from './urls';

describe('urls', () => {
  it('builds the URL contract of PRODUCT.md', () => {
    expect(urls.technique('T1020.001')).toBe('/techniques/T1020.001');
    expect(urls.detection('traffic-duplication')).toBe('/detections/traffic-duplication');
    expect(urls.detection('traffic-duplication', 'testing')).toBe('/detections/traffic-duplication#testing');
    expect(urls.variant('traffic-duplication', 'qradar')).toBe('/detections/traffic-duplication/qradar');
    expect(urls.sigma('traffic-duplication')).toBe('/detections/traffic-duplication/sigma');
    expect(urls.ruleFile('traffic-duplication')).toBe('/rules/traffic-duplication.yml');
    expect(urls.search(new URLSearchParams({ tactic: 'exfiltration' }))).toBe('/search?tactic=exfiltration');
    expect(urls.search()).toBe('/search');
    expect(urls.tactic('exfiltration')).toBe('/techniques#exfiltration');
    expect(urls.api.detection('x')).toBe('/api/v1/detections/x');
    expect(urls.login()).toBe('/login');
    expect(urls.login('/editor/a?b=1')).toBe('/login?next=%2Feditor%2Fa%3Fb%3D1');
    expect(urls.history('a')).toBe('/editor/a/history');
    expect(urls.history('a', { from: 1, to: 3 })).toBe('/editor/a/history?from=1&to=3#diff');
  });

  it('encodes what it is given, so a stray character cannot change the path', () => {
    expect(urls.detection('a/../b')).toBe('/detections/a%2F..%2Fb');
    expect(urls.ruleFile('x?y')).toBe('/rules/x%3Fy.yml');
  });
});

describe('links to our own routes', () => {
  it('are built by lib/urls.ts, not written by hand in pages, components and lib', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
    const sources = ['app', 'components', 'lib']
      .flatMap(walk)
      .filter(
        (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.includes('generated') && f !== join('lib', 'urls.ts'),
      );
    const template =
      /(["'`])\/(detections|techniques|platforms|rules|search|api\/v1)\b[^"'`]*\1|\$\{[^}]*\}\/(sigma|qradar)\b/;
    const handWritten = sources.filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && template.test(line)),
    );
    expect(handWritten).toEqual([]);
  });
});
