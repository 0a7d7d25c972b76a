import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMatchCommand } from './match-command';

const dir = mkdtempSync(join(tmpdir(), 'sigma-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMatchCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const RULE = String.raw`title: Whoami
logsource:
    category: process_creation
    product: windows
detection:
    selection:
        Image|endswith: '\whoami.exe'
    filter:
        User: 'admin'
    condition: selection and not filter
`;

const EVENTS = [
  JSON.stringify({ Image: 'C:\\Windows\\System32\\whoami.exe', User: 'bob' }),
  JSON.stringify({ Image: 'C:\\Windows\\System32\\whoami.exe', User: 'admin' }),
  '',
  JSON.stringify({ Image: 'C:\\Windows\\notepad.exe' }),
].join('\n');

describe('runMatchCommand', () => {
  it('prints which lines match and which selections held', async () => {
    const result = await run(['match', file('rule.yml', RULE), file('events.jsonl', EVENTS)]);
    expect(result).toEqual({
      code: 0,
      out: [
        'line 1: match     selections held: selection',
        'line 2: no match  selections held: selection, filter',
        'line 4: no match  selections held: (none)',
        '1 of 3 events matched',
      ],
      err: [],
    });
  });

  it('prints one JSON object per input line with --json, blank lines included', async () => {
    const result = await run([file('rule.yml', RULE), file('events.jsonl', EVENTS), '--json']);
    expect(result.code).toBe(0);
    expect(result.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { line: 1, match: true, selections: { selection: true, filter: false } },
      { line: 2, match: false, selections: { selection: true, filter: true } },
      { line: 3, match: false, skipped: 'blank line' },
      { line: 4, match: false, selections: { selection: false, filter: false } },
    ]);
  });

  it('gives a bad line its object too with --json: match false and the error', async () => {
    const events = file('bad-json.jsonl', `{"Image": \n${JSON.stringify({ Image: 'x\\whoami.exe' })}\n   \nnot json\n`);
    const result = await run([file('rule.yml', RULE), events, '--json']);
    expect(result.code).toBe(2);
    const lines = result.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.line, l.match, Object.keys(l).sort().join(',')])).toEqual([
      [1, false, 'error,line,match'],
      [2, true, 'line,match,selections'],
      [3, false, 'line,match,skipped'],
      [4, false, 'error,line,match'],
    ]);
    expect(lines[0]?.error).toMatch(/^not valid JSON: /);
    expect(result.err).toHaveLength(2);
  });

  it('reports a bad line by its number, keeps going, and exits 2', async () => {
    const events = file('bad.jsonl', `${JSON.stringify({ Image: 'x\\whoami.exe' })}\n{"Image": \n`);
    const result = await run([file('rule.yml', RULE), events]);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([
      'line 1: match     selections held: selection',
      '1 of 1 event matched, 1 bad line skipped',
    ]);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(new RegExp(`^${events.replace(/[\\.]/g, '\\$&')}:2: not valid JSON: `));
  });

  it('skips an event over the match budget as a bad line, naming the limit, and keeps going', async () => {
    const huge = JSON.stringify({ Image: `${'x'.repeat(300_000)}\\whoami.exe` });
    let deep = '"x"';
    for (let i = 0; i < 100; i++) deep = `[${deep}]`;
    const events = file('budget.jsonl', `${huge}\n{"Image": ${deep}}\n${JSON.stringify({ Image: 'x\\whoami.exe' })}\n`);
    const result = await run([file('rule.yml', RULE), events, '--json']);
    expect(result.code).toBe(2);
    expect(result.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      {
        line: 1,
        match: false,
        error: 'line 1 is 300,024 bytes as JSON, more than the 262,144 bytes allowed per event',
      },
      { line: 2, match: false, error: 'line 2 nests objects and arrays more than 64 levels deep, the limit per event' },
      { line: 3, match: true, selections: { selection: true, filter: false } },
    ]);
    expect(result.err[0]).toBe(
      `${events}:1: line 1 is 300,024 bytes as JSON, more than the 262,144 bytes allowed per event`,
    );
  });

  it('merges the documents of a collection and names selections per document', async () => {
    const rule = file(
      'multi.yml',
      'title: Two\naction: global\nlogsource:\n    product: windows\n---\ndetection:\n    sel:\n        EventID: 1\n    condition: sel\n---\ndetection:\n    sel:\n        EventID: 2\n    condition: sel\n',
    );
    const result = await run([rule, file('ids.jsonl', '{"EventID": 2}\n'), '--json']);
    expect(result.out).toEqual(['{"line":1,"match":true,"selections":{"1:sel":false,"2:sel":true}}']);
  });

  it('takes placeholder values from --placeholder, repeated for several values', async () => {
    const rule = file(
      'placeholder.yml',
      "title: Admins\nlogsource:\n    product: windows\ndetection:\n    sel:\n        User|expand: '%Administrators%'\n    condition: sel\n",
    );
    const events = file('users.jsonl', '{"User": "root"}\n{"User": "adm"}\n{"User": "bob"}\n');
    const missing = await run([rule, events]);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([
      `${rule}: detection.sel.User|expand: 'expand': placeholder %Administrators% has no value; supply one (--placeholder Administrators=...)`,
    ]);
    const given = await run([
      rule,
      events,
      '--placeholder',
      'Administrators=root',
      '--placeholder=Administrators=adm',
      '--json',
    ]);
    expect(given.out.map((l) => (JSON.parse(l) as { match: boolean }).match)).toEqual([true, true, false]);
  });

  it('takes placeholder names that are also members of Object.prototype', async () => {
    const rule = file(
      'proto.yml',
      "title: P\nlogsource:\n    product: windows\ndetection:\n    sel:\n        User|expand: '%constructor%'\n        Host|expand: '%__proto__%'\n    condition: sel\n",
    );
    const events = file('proto.jsonl', '{"User": "a", "Host": "b"}\n{"User": "a", "Host": "c"}\n');
    const result = await run([
      rule,
      events,
      '--placeholder',
      'constructor=a',
      '--placeholder',
      '__proto__=b',
      '--json',
    ]);
    expect([result.code, result.err]).toEqual([0, []]);
    expect(result.out.map((l) => (JSON.parse(l) as { match: boolean }).match)).toEqual([true, false]);
  });

  it('refuses a rule with a broken condition', async () => {
    const rule = file('broken.yml', RULE.replace('selection and not filter', 'selection and ('));
    const result = await run([rule, file('events.jsonl', EVENTS)]);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err.join('\n')).toContain(rule);
  });

  it('exits 2 with usage on missing arguments', async () => {
    expect(await run(['match', 'only-one.yml'])).toEqual({
      code: 2,
      out: [],
      err: [
        'sigma match: expected a rule file and an events file',
        'usage: sigma match <rule.yml> <events.jsonl> [--json] [--placeholder name=value ...]',
      ],
    });
  });

  it('exits 2 when a file cannot be read', async () => {
    const result = await run([file('rule.yml', RULE), join(dir, 'absent.jsonl')]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/absent\.jsonl: cannot read: ENOENT/);
  });
});
