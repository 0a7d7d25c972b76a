import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_RULE } from '../lib/sigma/test-support';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sigma = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sigma.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run sigma', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tripline-sigma-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('dispatches validate and sets the exit code', () => {
    writeFileSync(join(dir, 'good.yml'), VALID_RULE);
    writeFileSync(join(dir, 'bad.yml'), VALID_RULE.replace('condition: selection', 'condition: selection and'));
    const good = sigma('validate', join(dir, 'good.yml'));
    expect([good.status, good.stdout]).toEqual([0, '1 file, 1 rule: 0 errors, 0 warnings\n']);
    const bad = sigma('validate', join(dir, 'bad.yml'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${join(dir, 'bad.yml')}:18:29: error CONDITION_SYNTAX`);
  });

  it('names the commands when given none or an unknown one', () => {
    const none = sigma();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('validate <files or folders...>');
    expect(sigma('frob').stderr).toContain("sigma: unknown command 'frob'");
    for (const name of ['constructor', '__proto__', 'toString']) {
      const result = sigma(name);
      expect([result.status, result.stderr.split('\n')[0]]).toEqual([2, `sigma: unknown command '${name}'`]);
    }
    expect(sigma('match').status).toBe(2);
  });
});

describe('npm run bench:sigma', () => {
  it('runs the validation, matcher, hostile-rule, import and conversion benchmarks, which exist', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['bench:sigma']).toBe(
      'tsx bench/sigma-validate.ts && tsx bench/sigma-match.ts && tsx bench/sigma-hostile.ts && tsx bench/sigma-import.ts && tsx bench/sigma-convert.ts',
    );
    for (const file of [
      'bench/sigma-validate.ts',
      'bench/sigma-match.ts',
      'bench/sigma-hostile.ts',
      'bench/sigma-import.ts',
      'bench/sigma-convert.ts',
    ])
      expect(existsSync(join(ROOT, file)), file).toBe(true);
  });
});
