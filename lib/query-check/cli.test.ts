import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQueryCheck } from './cli';

function run(files: Record<string, string | Uint8Array>): Promise<{ code: number; out: string[]; err: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'query-check-'));
  const paths = Object.entries(files).map(([name, body]) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  });
  const out: string[] = [];
  const err: string[] = [];
  return runQueryCheck(paths, { out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => ({
    code,
    out: out.map((l) => l.slice(dir.length + 1)),
    err,
  }));
}

describe('npm run query:check', () => {
  it('passes clean files quietly', async () => {
    const result = await run({ 'a.esql': 'FROM logs-* | LIMIT 1', 'b.aql': 'SELECT * FROM events LAST 1 HOURS' });
    expect(result).toEqual({ code: 0, out: [], err: [] });
  });

  it('prints file:line:column: message and exits 1 on an error', async () => {
    const result = await run({ 'q.spl': 'index=x\n| stat count' });
    expect(result.code).toBe(1);
    expect(result.out).toEqual(['q.spl:2:3: Unknown command "stat" [spl-unknown-command]']);
  });

  it('takes the platform from the extension, and refuses one it does not know', async () => {
    const result = await run({ 'q.sql': 'SELECT 1' });
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain('.aql, .spl, .kql or .esql');
  });

  it('reports bytes that are not UTF-8 with their position', async () => {
    const result = await run({ 'q.esql': new Uint8Array([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xff]) });
    expect(result.code).toBe(1);
    expect(result.out[0]).toMatch(/^q\.esql:1:6: not valid UTF-8/);
  });

  it('needs at least one file', async () => {
    expect((await runQueryCheck([], { out: () => {}, err: () => {} })).valueOf()).toBe(2);
  });
});
