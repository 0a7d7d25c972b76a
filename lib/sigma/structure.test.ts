// Facts about the library's source that no behaviour shows: each helper is written once, and the wildcard matcher
// stays free of regular expressions (they backtrack; see wildcard.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KNOWN_MODIFIERS } from './match/modifiers';
import { fixtureIn } from './test-support';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sources(ROOT).map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
const defining = (pattern: RegExp): string[] =>
  files
    .filter((f) => pattern.test(f.text))
    .map((f) => f.name)
    .sort();

const allFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? allFiles(join(dir, name)) : [join(dir, name)],
  );
const fixtureTests = allFiles(ROOT)
  .filter((path) => path.endsWith('.fixtures.test.ts'))
  .map((path) => ({ name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
const PROJECT = join(ROOT, '..', '..');

describe('lib/sigma source', () => {
  it('reaches ../shared/fixtures only through sharedFixture, which fails clearly when the folder is absent', () => {
    expect(fixtureTests.map((f) => f.name).sort()).toEqual([
      'match/match.fixtures.test.ts',
      'validate/compat.fixtures.test.ts',
      'validate/schema-parity.fixtures.test.ts',
    ]);
    for (const { name, text } of fixtureTests) {
      expect(/shared\/fixtures'|existsSync/.test(text.replace(/^\/\/.*$/gm, '')), name).toBe(false);
      expect(text, name).toContain('sharedFixture(');
    }
    expect(() => fixtureIn(join(ROOT, 'no-such-folder'), 'sigmahq')).toThrow(
      /no-such-folder is absent: this test reads the shared fixtures beside the checkout/,
    );
  });

  it('defines isRecord once', () => {
    expect(defining(/function isRecord\b/)).toEqual(['record.ts']);
  });

  it('decides which keys are search identifiers, and what a pattern selects, in one module', () => {
    expect(defining(/'condition', 'timeframe'/)).toEqual(['match/identifiers.ts']);
    expect(defining(/startsWith\('_'\)/)).toEqual(['match/identifiers.ts']);
    expect(defining(/function (globToRegExp|patternRegExp)\b/)).toEqual([]);
  });

  it('never turns a Sigma wildcard into a regular expression', () => {
    expect(
      defining(/RegExp/).filter((name) => name === 'match/wildcard.ts' || name === 'match/identifiers.ts'),
    ).toEqual([]);
  });

  it('tests the value modifiers by family, in short files that between them use every modifier', () => {
    const families = readdirSync(join(ROOT, 'match'))
      .filter((name) => /^modifiers\..+\.test\.ts$/.test(name))
      .sort();
    expect(families).toEqual([
      'modifiers.encodings.test.ts',
      'modifiers.expand.test.ts',
      'modifiers.re.test.ts',
      'modifiers.strings.test.ts',
      'modifiers.values.test.ts',
    ]);
    const texts = families.map((name) => readFileSync(join(ROOT, 'match', name), 'utf8'));
    for (const [i, text] of texts.entries()) expect(text.split('\n').length, families[i]).toBeLessThan(200);
    const untested = [...KNOWN_MODIFIERS].filter((m) => !texts.some((text) => new RegExp(`\\|${m}\\b`).test(text)));
    expect(untested).toEqual([]);
  });

  it('has no unused wildcard helpers', () => {
    expect(defining(/function literalPart\b/)).toEqual([]);
  });

  it('is used from outside through the entry point of each stage (read, validate, match), findings and the CLI', () => {
    const outside = ['lib', 'app', 'components', 'scripts', 'bench', 'e2e']
      .flatMap((dir) => allFiles(join(PROJECT, dir)))
      .filter((path) => /\.tsx?$/.test(path) && !path.startsWith(ROOT) && !path.includes('/generated/'));
    const allowed = /\/sigma\/(read|validate|match|findings|record|test-support|cli\/[a-z-]+)'$/;
    const reaching = outside.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/from '([^']*\/sigma\/[^']*)'/g)]
        .map((m) => `${relative(PROJECT, path)}: ${m[1]}`)
        .filter((line) => !allowed.test(`${line}'`)),
    );
    expect(reaching).toEqual([]);
  });
});
