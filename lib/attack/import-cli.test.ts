// Runs the real command (scripts/import-attack.ts through tsx) as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importAttack } from './build';

const root = fileURLToPath(new URL('../..', import.meta.url));
const testdata = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tripline-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/import-attack.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import:attack', () => {
  const out = join(dir, 'enterprise-attack.json');
  const args = [testdata('compact-release.json'), '--with-deprecated-from', testdata('stix-small.json'), '--out', out];

  it('writes the catalog and prints the name rule counts', () => {
    const { status, stdout } = run(...args);
    expect(status).toBe(0);
    expect(stdout).toContain('ATT&CK Enterprise 19.1: 4 tactics, 9 active techniques, 4 revoked/deprecated');
    expect(stdout).toMatch(/art-display-parent-stripped\s+2/);
    expect(readFileSync(out, 'utf8')).toBe(importAttack({ file: args[0]!, withDeprecatedFrom: args[2]! }).text);
    expect(run(...args, '--check').status).toBe(0);
  });

  it('fails on bad input with the file and the reason, leaving the old output whole', () => {
    writeFileSync(out, 'previous catalog\n');
    const bad = testdata('stix-missing-id.json');
    const { status, stderr } = run(bad, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: attack-pattern--\\S+: no external_references entry`,
      ),
    );
    expect(readFileSync(out, 'utf8')).toBe('previous catalog\n');
    expect(readdirSync(dir)).toEqual(['enterprise-attack.json']);
    expect(run(...args, '--check').status).toBe(1);
  });

  it('fails on a missing file, unreadable JSON and missing arguments', () => {
    expect(run(join(dir, 'nope.json'), '--out', out).stderr).toContain('nope.json: cannot read: ENOENT');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "type": "bundle",\n  oops\n}\n');
    const { status, stderr } = run(broken, '--out', join(dir, 'x.json'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/broken\.json:3:3: not valid JSON/);
    expect(run().status).toBe(2);
  });
});
