import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runConvertCommand } from './convert-command';

const dir = mkdtempSync(join(tmpdir(), 'sigma-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runConvertCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const WHOAMI = String.raw`title: Whoami
id: 0f8a3c52-7d2b-4d1e-9a63-2c1b5e7f9a10
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith: '\whoami.exe'
        Unknown: x
    condition: selection
`;

const COUNTED = `title: Counted
id: 6b1d7a3e-2f4c-4e8a-b5d9-0c3e1f2a4b6d
logsource:
    product: aws
    service: cloudtrail
detection:
    selection:
        eventName: ConsoleLogin
    condition: selection | count() > 5
`;

describe('sigma convert', () => {
  const folder = join(dir, 'rules');
  const whoami = file('whoami.yml', WHOAMI);

  it('writes the query and the findings at their line and column', async () => {
    const { code, out } = await run([whoami, '--to', 'sentinel']);
    expect(code).toBe(0);
    expect(out).toEqual([
      `# ${whoami} (0f8a3c52-7d2b-4d1e-9a63-2c1b5e7f9a10): sentinel query`,
      String.raw`DeviceProcessEvents
| where FolderPath endswith "\\whoami.exe" and Unknown =~ "x"`,
      `${whoami}:9:18: warning FIELD_UNMAPPED field 'Unknown' is written as it is: the sentinel pipeline for product: windows, category: process_creation has no mapping for it`,
    ]);
  });

  it('writes one JSON object per rule per line for a folder, and exits 1 when a rule does not convert', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.yml'), WHOAMI);
    writeFileSync(join(folder, 'b.yml'), COUNTED);
    const { code, out } = await run([folder, '--to', 'elastic', '--json']);
    expect(code).toBe(1);
    const lines = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['file', 'id', 'ok', 'query', 'findings'],
      ['file', 'id', 'ok', 'query', 'findings'],
    ]);
    expect(lines[0]).toMatchObject({ file: join(folder, 'a.yml'), ok: true });
    expect(lines[0]?.query).toContain('FROM logs-windows.sysmon_operational-*');
    expect(lines[1]).toMatchObject({
      file: join(folder, 'b.yml'),
      id: '6b1d7a3e-2f4c-4e8a-b5d9-0c3e1f2a4b6d',
      ok: false,
      query: null,
      findings: [expect.objectContaining({ code: 'AGGREGATION', severity: 'error', line: 9 })],
    });
  });

  it('takes placeholder values', async () => {
    const rule = file('expand.yml', WHOAMI.replace('Unknown: x', "User|expand: '%admins%'"));
    expect((await run([rule, '--to', 'qradar'])).code).toBe(1);
    const { code, out } = await run([
      rule,
      '--to',
      'qradar',
      '--placeholder',
      'admins=root',
      '--placeholder',
      'admins=bob',
    ]);
    expect(code).toBe(0);
    expect(out[1]).toContain(`LOWER(username) IN ('root', 'bob')`);
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await run([whoami])).err[0]).toBe(
      'sigma convert: name a target with --to (qradar, splunk, sentinel, elastic)',
    );
    expect((await run([whoami, '--to', 'arcsight'])).code).toBe(2);
    expect((await run(['--to', 'splunk'])).code).toBe(2);
    expect((await run([join(dir, 'missing.yml'), '--to', 'splunk'])).err).toEqual([
      `sigma convert: ${join(dir, 'missing.yml')}: no such file or folder`,
    ]);
  });
});
