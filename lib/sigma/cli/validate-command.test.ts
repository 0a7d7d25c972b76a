import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogFile, VALID_RULE } from '../test-support';
import type { CommandOutput } from './output';
import { runValidateCommand } from './validate-command';

function capture(): CommandOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

describe('sigma validate', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tripline-validate-'));
    mkdirSync(join(dir, 'rules', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'rules', 'good.yml'), VALID_RULE);
    writeFileSync(
      join(dir, 'rules', 'nested', 'warn.yaml'),
      VALID_RULE.replace('attack.exfiltration', 'attack.command_and_control'),
    );
    writeFileSync(join(dir, 'rules', 'nested', 'notes.txt'), 'not a rule');
    writeFileSync(join(dir, 'bad.yml'), VALID_RULE.replace('level: medium', 'level: severe'));
    writeFileSync(join(dir, 'catalog.json'), JSON.stringify(smallCatalogFile()));
  });
  const run = (args: string[], io: CommandOutput) =>
    runValidateCommand([...args, '--catalog', join(dir, 'catalog.json')], io);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders for .yml/.yaml, prints findings as path:line:col and a summary, and passes on warnings', async () => {
    const io = capture();
    const code = await run(['validate', join(dir, 'rules')], io);
    expect(code).toBe(0);
    expect(io.lines).toEqual([
      `${join(dir, 'rules', 'nested', 'warn.yaml')}:9:7: warning TAG_TACTIC_UNDERSCORE 'attack.command_and_control' uses the old underscore form: write 'attack.command-and-control' (the tactic's shortname in ATT&CK v19.1)`,
      '2 files, 2 rules: 0 errors, 1 warning',
    ]);
  });

  it('fails with exit 1 when a file has an error', async () => {
    const io = capture();
    expect(await run([join(dir, 'bad.yml'), join(dir, 'rules', 'good.yml')], io)).toBe(1);
    expect(io.lines).toEqual([
      `${join(dir, 'bad.yml')}:21:8: error SCHEMA_ENUM level: 'severe' is not an allowed value (informational, low, medium, high, critical)`,
      '2 files, 2 rules: 1 error, 0 warnings, 1 file failed',
    ]);
  });

  it('prints one JSON document with --json', async () => {
    const io = capture();
    expect(await run([join(dir, 'bad.yml'), '--json'], io)).toBe(1);
    expect(io.lines).toHaveLength(1);
    expect(JSON.parse(io.lines[0] ?? '')).toEqual({
      files: [
        {
          file: join(dir, 'bad.yml'),
          ok: false,
          rules: 1,
          findings: [
            {
              code: 'SCHEMA_ENUM',
              severity: 'error',
              path: 'level',
              line: 21,
              column: 8,
              message: "level: 'severe' is not an allowed value (informational, low, medium, high, critical)",
            },
          ],
        },
      ],
      summary: { files: 1, rules: 1, errors: 1, warnings: 0, ok: false },
    });
  });

  it('stops each file at its first error with --first-error', async () => {
    writeFileSync(
      join(dir, 'two-errors.yml'),
      VALID_RULE.replace('level: medium', 'level: severe').replace('status: test', 'status: production'),
    );
    const all = capture();
    const first = capture();
    expect(await run([join(dir, 'two-errors.yml')], all)).toBe(1);
    expect(await run([join(dir, 'two-errors.yml'), '--first-error'], first)).toBe(1);
    expect(all.lines.at(-1)).toBe('1 file, 1 rule: 2 errors, 0 warnings, 1 file failed');
    expect(first.lines).toEqual([
      `${join(dir, 'two-errors.yml')}:3:9: error SCHEMA_ENUM status: 'production' is not an allowed value (stable, test, experimental, deprecated, unsupported)`,
      '1 file, 1 rule: 1 error, 0 warnings, 1 file failed',
    ]);
  });

  it('refuses files over --max-bytes without reading them', async () => {
    const io = capture();
    expect(await run([join(dir, 'rules', 'good.yml'), '--max-bytes', '100'], io)).toBe(1);
    expect(io.lines[0]).toMatch(
      /good\.yml:1:1: error SIZE_LIMIT file is \d+ bytes, over the maximum rule size of 100 bytes \(rejected before parsing\)$/,
    );
  });

  it('exits 2 on bad usage and missing paths', async () => {
    const io = capture();
    expect(await runValidateCommand([], io)).toBe(2);
    expect(await runValidateCommand([dir, '--max-bytes', '0'], io)).toBe(2);
    expect(await runValidateCommand([join(dir, 'nope')], io)).toBe(2);
    expect(await runValidateCommand([dir, '--frobnicate'], io)).toBe(2);
    const problems = io.errors.filter((l) => !l.startsWith('usage:'));
    expect(problems.slice(0, 3)).toEqual([
      'sigma validate: name at least one file or folder',
      "sigma validate: --max-bytes needs a positive whole number, got '0'",
      `sigma validate: ${join(dir, 'nope')}: no such file or folder`,
    ]);
    // The wording of an unknown option is Node's own.
    expect(problems[3]).toMatch(/^sigma validate: .*'--frobnicate'/);
  });

  it('checks tags for form only, and says so, when the ATT&CK catalog cannot be loaded', async () => {
    const io = capture();
    expect(
      await runValidateCommand([join(dir, 'rules', 'good.yml'), '--catalog', join(dir, 'no-catalog.json')], io),
    ).toBe(0);
    expect(io.errors[0]).toMatch(
      /^sigma validate: warning: ATT&CK catalog not loaded \(.*\); ATT&CK tags are checked for form only$/,
    );
  });
});
